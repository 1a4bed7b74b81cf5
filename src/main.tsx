import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { openStorage, requestPersistence } from './app/openStorage'
import { PlaygroundProvider } from './app/PlaygroundProvider'
import { createPlaygroundStore } from './app/playgroundStore'
import { tabSessionId } from './app/session'
import type { EventStore } from './eventstore'
import { App } from './ui/App'
import './ui/styles.css'

/** The IndexedDB database every tab of the playground shares. */
export const DATABASE_NAME = 'event-sourcing-playground'

declare global {
  interface Window {
    /** The event store of this tab, for trying the API from the browser console (see the README). */
    playground: { readonly store: EventStore; readonly sessionId: string }
  }
}

async function start(): Promise<void> {
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  const sessionId = tabSessionId()
  const { eventStore, progressStore, derivedStorage, persisted, reason } = await openStorage(DATABASE_NAME, sessionId)
  const playground = createPlaygroundStore(eventStore, sessionId, {
    progressStore,
    derivedStorage,
    storage: { persisted, reason },
  })
  window.playground = { store: eventStore, sessionId }
  createRoot(root).render(
    <StrictMode>
      <PlaygroundProvider store={playground}>
        <App />
      </PlaygroundProvider>
    </StrictMode>,
  )
  playground.getState().setPersistence(persisted ? await requestPersistence() : 'unavailable')
}

void start()

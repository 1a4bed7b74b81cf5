import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { PlaygroundProvider } from './app/PlaygroundProvider'
import { createPlaygroundStore } from './app/playgroundStore'
import { createDexieProgressStore } from './app/progressStore'
import { tabSessionId } from './app/session'
import { createDexieEventStore, type EventStore } from './eventstore'
import { App } from './ui/App'
import './ui/styles.css'

/** The IndexedDB database every tab of the playground shares. */
export const DATABASE_NAME = 'event-sourcing-playground'

const sessionId = tabSessionId()
const eventStore = createDexieEventStore({ databaseName: DATABASE_NAME, sessionId })
const playground = createPlaygroundStore(eventStore, sessionId, createDexieProgressStore(`${DATABASE_NAME}-progress`))

declare global {
  interface Window {
    /** The event store of this tab, for trying the API from the browser console (see the README). */
    playground: { readonly store: EventStore; readonly sessionId: string }
  }
}
window.playground = { store: eventStore, sessionId }

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <PlaygroundProvider store={playground}>
      <App />
    </PlaygroundProvider>
  </StrictMode>,
)

import { usePlayground } from '../app/PlaygroundProvider'
import { CommandsPanel } from './panels/CommandsPanel'
import { EventLogPanel } from './panels/EventLogPanel'

export function App() {
  const sessionId = usePlayground((state) => state.sessionId)
  return (
    <>
      <header className="app-header">
        <h1>Event Sourcing Playground</h1>
        <p className="session">
          Session <code>{sessionId}</code>
        </p>
      </header>
      <main className="layout">
        <CommandsPanel />
        <EventLogPanel />
      </main>
    </>
  )
}

import { usePlayground } from '../app/PlaygroundProvider'
import { CommandsPanel } from './panels/CommandsPanel'
import { EventLogPanel } from './panels/EventLogPanel'
import { ReplayedStatePanel } from './panels/ReplayedStatePanel'
import { StorePanel } from './panels/StorePanel'
import { TimeTravelPanel } from './panels/TimeTravelPanel'

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
        <div className="column column-left">
          <CommandsPanel />
          <StorePanel />
        </div>
        <div className="column column-center">
          <TimeTravelPanel />
          <ReplayedStatePanel />
        </div>
        <div className="column column-right">
          <EventLogPanel />
        </div>
      </main>
    </>
  )
}

import { useDomain, useDomains, usePlayground } from '../react/PlaygroundProvider'
import { ExercisesView } from './exercises/ExercisesView'
import { ConflictLab } from './lab/ConflictLab'
import { ReadSide } from './readside/ReadSide'
import { ComparePositionsPanel } from './debugger/ComparePositionsPanel'
import { WhatIfPanel } from './debugger/WhatIfPanel'
import { CommandsPanel } from './panels/CommandsPanel'
import { EventLogPanel } from './panels/EventLogPanel'
import { ReplayedStatePanel } from './panels/ReplayedStatePanel'
import { StorePanel } from './panels/StorePanel'
import { TimeTravelPanel } from './panels/TimeTravelPanel'
import { CurrentExercise } from './exercises/CurrentExercise'
import { StartHere } from './start/StartHere'
import { useStartHereShown } from './start/startHereVisibility'
import { focusPanelWhenShown } from '../uikit/focusPanel'
import { useTimeZone, type TimeZoneChoice } from '../uikit/time'
import { useHashRoute, useViewHref } from './useHashRoute'
import { useViewInUrl } from './url/useViewInUrl'

function Header() {
  const sessionId = usePlayground((state) => state.sessionId)
  const view = useHashRoute()
  const [, showStartHere] = useStartHereShown()
  const [zone, setZone] = useTimeZone()
  const hrefOf = useViewHref()
  const domains = useDomains()
  const domain = useDomain()
  const setDomain = usePlayground((state) => state.setDomain)
  useViewInUrl()
  // Without the hash, so the new tab opens on the playground, from a server or from disk.
  const appUrl = window.location.href.split('#')[0]
  return (
    <header className="app-header">
      <h1>Event Sourcing Playground</h1>
      <nav aria-label="Views" className="views">
        <a href={hrefOf('playground')} aria-current={view === 'playground' ? 'page' : undefined}>
          Playground
        </a>
        <a href={hrefOf('lab')} aria-current={view === 'lab' ? 'page' : undefined}>
          Conflict lab
        </a>
        <a href={hrefOf('exercises')} aria-current={view === 'exercises' ? 'page' : undefined}>
          Exercises
        </a>
        <a href={appUrl} target="_blank" rel="noopener">
          Open a second tab
        </a>
        <a
          href={hrefOf('playground')}
          onClick={() => {
            showStartHere(true)
            focusPanelWhenShown('start-here-heading')
          }}
        >
          Start here
        </a>
      </nav>
      <div className="header-settings">
        <label className="domain-setting">
          Domain
          <select value={domain.category} onChange={(event) => setDomain(event.target.value)}>
            {domains.modules.map((module) => (
              <option key={module.category} value={module.category}>
                {module.title}
              </option>
            ))}
          </select>
        </label>
        <label className="time-setting">
          Times in
          <select value={zone} onChange={(event) => setZone(event.target.value as TimeZoneChoice)}>
            <option value="UTC">UTC</option>
            <option value="Local">Local</option>
          </select>
        </label>
        <p className="session">
          Session <code>{sessionId}</code>
        </p>
        <SharedRoomBadge />
      </div>
    </header>
  )
}

/** In the header while the tab is on a shared store: which room, and how its connection is. */
function SharedRoomBadge() {
  const shared = usePlayground((state) => state.storage.shared)
  if (!shared) return null
  return (
    // A status: a screen reader hears the connection drop and come back.
    <p role="status" className="session shared-badge" data-connection={shared.connection}>
      Shared room <code>{shared.room}</code> · {shared.connection}
      {shared.access === 'read' ? ' · read only' : ''}
    </p>
  )
}

/** Said plainly, at the top, when events live only in this tab's memory. */
function NotPersistedBanner() {
  const storage = usePlayground((state) => state.storage)
  if (storage.persisted) return null
  return (
    <p role="alert" className="banner">
      <strong>Not persisted:</strong> {storage.reason}. The playground runs on an in-memory store: everything works, but
      events and progress are lost when this tab closes or reloads.
    </p>
  )
}

/** Said at the top when another tab upgraded the database under this one. */
function SupersededBanner() {
  const superseded = usePlayground((state) => state.storage.superseded)
  if (!superseded) return null
  return (
    <div role="alert" className="banner">
      <p>
        <strong>Reload needed:</strong> a newer version of the playground upgraded its database in another tab. This tab
        has stopped reading and writing events; everything stored is safe.
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload this tab
      </button>
    </div>
  )
}

export function App() {
  const view = useHashRoute()
  return (
    <>
      <Header />
      <SupersededBanner />
      <NotPersistedBanner />
      {view === 'exercises' && <ExercisesView />}
      {view === 'lab' && (
        <main className="lab-layout">
          <CurrentExercise />
          <ConflictLab />
          <EventLogPanel />
        </main>
      )}
      {view === 'playground' && (
        <main>
          <StartHere />
          <CurrentExercise />
          <div className="layout">
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
          </div>
          <div className="debugger-tools">
            <WhatIfPanel />
            <ComparePositionsPanel />
          </div>
          <ReadSide />
        </main>
      )}
    </>
  )
}

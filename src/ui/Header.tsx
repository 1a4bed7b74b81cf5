import { useDomain, useDomains, usePlayground } from '../react/PlaygroundProvider'
import { useStartHereShown } from './start/startHereVisibility'
import { focusPanelWhenShown } from '../uikit/focusPanel'
import { useTimeZone, type TimeZoneChoice } from '../uikit/time'
import { useHashRoute, useViewHref } from './useHashRoute'
import { useViewInUrl } from './url/useViewInUrl'

/** The banner: the views, the domain and time settings, this tab's session, and the shared room if any. */
export function Header() {
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
        <a href={hrefOf('build')} aria-current={view === 'build' ? 'page' : undefined}>
          Build
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

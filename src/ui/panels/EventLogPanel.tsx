import { usePlayground } from '../../app/PlaygroundProvider'
import { summarizeEvent } from './summarizeEvent'

/** Every event in the store, in global order. */
export function EventLogPanel() {
  const events = usePlayground((state) => state.events)
  const loadStatus = usePlayground((state) => state.loadStatus)
  return (
    <section aria-labelledby="event-log-heading" className="panel">
      <h2 id="event-log-heading">Event log</h2>
      {loadStatus === 'loading' && <p>Loading events…</p>}
      {loadStatus !== 'loading' && events.length === 0 && (
        <p className="empty">No events yet. Create an order to record the first one.</p>
      )}
      {events.length > 0 && (
        <div className="table-scroll" tabIndex={0} aria-label="Events table, scrolls sideways on narrow screens">
          <table className="event-table">
            <caption className="visually-hidden">{events.length} events, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Position</th>
                <th scope="col">Stream</th>
                <th scope="col">Version</th>
                <th scope="col">Type</th>
                <th scope="col">Recorded at</th>
                <th scope="col">Data</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.position}>
                  <td>{event.position}</td>
                  <td>{event.streamId}</td>
                  <td>{event.version}</td>
                  <td>{event.type}</td>
                  <td>
                    <time dateTime={event.recordedAt}>
                      {event.recordedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}
                    </time>
                  </td>
                  <td>{summarizeEvent(event)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

import { memo } from 'react'
import { useDomains, usePlayground } from '../../../react/PlaygroundProvider'
import { schemaNote } from '../../../kernel/describeEvent'
import { formatMoment, useTimeZone, zoneWords } from '../../../uikit/time'
import { CausalLinks } from './CausalLinks'
import { EventWhatIf } from './EventWhatIf'

/** The selected event's whole envelope, data and metadata included, as formatted JSON. */
export const EventDetails = memo(function EventDetails() {
  const position = usePlayground((state) => state.selectedPosition)
  const log = usePlayground((state) => state.log)
  const domains = useDomains()
  const [zone] = useTimeZone()
  const selectEvent = usePlayground((state) => state.selectEvent)
  const event = position === null ? undefined : log.eventAt(position)
  if (!event) return null
  const note = schemaNote(domains, event)
  const reading = domains.forStream(event.streamId)?.readEvent(event)
  return (
    <section aria-labelledby="event-details-heading" className="event-details">
      <div className="details-header">
        <h3 id="event-details-heading">
          Event {event.position}: {event.type}
        </h3>
        <button type="button" className="link-button" onClick={() => selectEvent(null)}>
          Close details
        </button>
      </div>
      <p className="details-when">
        Recorded {formatMoment(event.recordedAt, zone)} {zoneWords(zone)}, version {event.version} of {event.streamId},
        by session {event.metadata.sessionId}.
      </p>
      <EventWhatIf key={event.position} event={event} />
      <CausalLinks event={event} events={log.events} />
      {note && <p className={`schema-note ${note.severity}`}>{note.detail}</p>}
      {note && reading?.kind === 'known' && (
        <>
          <h4>Read as</h4>
          <pre aria-label="Data as read">{JSON.stringify(reading.event.data, null, 2)}</pre>
          <h4>As stored</h4>
        </>
      )}
      <pre aria-label="Event as stored">{JSON.stringify(event, null, 2)}</pre>
    </section>
  )
})

import { memo } from 'react'
import { usePlayground } from '../../../app/PlaygroundProvider'

/** The selected event's whole envelope, data and metadata included, as formatted JSON. */
export const EventDetails = memo(function EventDetails() {
  const position = usePlayground((state) => state.selectedPosition)
  const timeline = usePlayground((state) => state.timeline)
  const selectEvent = usePlayground((state) => state.selectEvent)
  const event = position === null ? undefined : timeline.eventAt(position)
  if (!event) return null
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
      <pre>{JSON.stringify(event, null, 2)}</pre>
    </section>
  )
})

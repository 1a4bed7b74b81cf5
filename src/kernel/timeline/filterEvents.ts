import type { RecordedEvent } from '../eventstore'

export interface EventFilters {
  /** A stream id, or '' for every stream. */
  readonly streamId: string
  /** An event type, or '' for every type. */
  readonly type: string
  /** Free text matched against the stream, type, id and data. */
  readonly text: string
  /** A stream category (`Account`): only that domain's streams; '' for every domain. */
  readonly category: string
}

/** The events that pass the log's filters, in position order. `summary` supplies the searchable text. */
export function filterEvents(
  events: readonly RecordedEvent[],
  filters: EventFilters,
  summary: (event: RecordedEvent) => string,
): readonly RecordedEvent[] {
  const text = filters.text.trim().toLowerCase()
  if (!filters.streamId && !filters.type && !text && !filters.category) return events
  const prefix = `${filters.category}-`
  return events.filter(
    (event) =>
      (!filters.category || event.streamId.startsWith(prefix)) &&
      (!filters.streamId || event.streamId === filters.streamId) &&
      (!filters.type || event.type === filters.type) &&
      (!text ||
        `${event.streamId} ${event.type} ${event.eventId} ${event.metadata.sessionId} ${summary(event)}`
          .toLowerCase()
          .includes(text)),
  )
}

import type { JsonValue, RecordedEvent } from './types'

/** Strings in event data up to this length are shared between events: ids and names, not prose. */
const SHARED_STRING_LENGTH = 40

/**
 * Rebuilds events read from IndexedDB so that a long log costs less memory. The browser hands
 * back every string of every record as its own copy: a thousand events of one stream hold a
 * thousand copies of its id. Here stream ids, types, session ids and short data strings are
 * shared through a pool, a correlation id or time equal to the event's id or the previous
 * event's is shared with it, and each event is one object literal of a fixed shape instead of an
 * object whose properties spill into a second array. Values are equal to what was read; only
 * their identity changes. Keep one compactor per store, so the pool lives as long as the log.
 */
export function createEventCompactor(): (events: readonly RecordedEvent[]) => RecordedEvent[] {
  const pool = new Map<string, string>()
  const shared = (text: string): string => {
    const known = pool.get(text)
    if (known !== undefined) return known
    pool.set(text, text)
    return text
  }
  const compactData = (value: JsonValue): JsonValue => {
    if (typeof value === 'string') return value.length <= SHARED_STRING_LENGTH ? shared(value) : value
    if (value === null || typeof value !== 'object') return value
    if (Array.isArray(value)) return value.map(compactData)
    const copy: Record<string, JsonValue> = {}
    for (const key of Object.keys(value)) copy[shared(key)] = compactData((value as Record<string, JsonValue>)[key]!)
    return copy
  }
  let previous: RecordedEvent | null = null
  /** `text`, or the equal string one of the two candidates already holds. */
  const sameAs = (text: string, first: string | null | undefined, second?: string | null) =>
    text === first ? first : text === second ? second : text
  return (events) =>
    events.map((event) => {
      const { metadata } = event
      const correlationId = sameAs(metadata.correlationId, event.eventId, previous?.metadata.correlationId)
      const compact: RecordedEvent = {
        eventId: event.eventId,
        streamId: shared(event.streamId),
        version: event.version,
        position: event.position,
        type: shared(event.type),
        data: compactData(event.data),
        metadata: {
          correlationId,
          causationId:
            metadata.causationId === null
              ? null
              : sameAs(metadata.causationId, previous?.eventId, previous?.metadata.causationId),
          sessionId: shared(metadata.sessionId),
          schemaVersion: metadata.schemaVersion,
        },
        recordedAt: sameAs(event.recordedAt, previous?.recordedAt),
      }
      previous = compact
      return compact
    })
}

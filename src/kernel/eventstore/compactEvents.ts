import type { JsonValue, RecordedEvent, RecordedMetadata } from './types'

/** Strings in event data up to this length are shared between events: ids and names, not prose. */
const SHARED_STRING_LENGTH = 40

/**
 * Compacts events just read from IndexedDB, so that a long log costs less memory. The browser
 * hands back every string of every record as its own copy: a thousand events of one stream
 * hold a thousand copies of its id. Here stream ids, types, session ids and short data strings
 * are shared through a pool, and a correlation id, causation id or time equal to the event's id
 * or the previous event's is shared with it. Each event becomes one object literal of a fixed
 * shape, instead of an object whose properties spill into a second array. The data and metadata
 * objects are fresh from IndexedDB and nobody else holds them, so their strings are swapped in
 * place rather than copied. Values stay equal to what was read; only string identity changes.
 * Keep one compactor per store, so the pool lives as long as the log.
 */
export function createEventCompactor(): (events: RecordedEvent[]) => RecordedEvent[] {
  const pool = new Map<string, string>()
  const shared = (text: string): string => {
    const known = pool.get(text)
    if (known !== undefined) return known
    pool.set(text, text)
    return text
  }
  /** Shares the short strings inside freshly read data, in place; keys are shared by the engine already. */
  const shareStringsIn = (value: JsonValue): JsonValue => {
    if (typeof value === 'string') return value.length <= SHARED_STRING_LENGTH ? shared(value) : value
    if (value === null || typeof value !== 'object') return value
    const mutable = value as Record<string, JsonValue> | JsonValue[]
    for (const key of Object.keys(mutable)) {
      const inner = (mutable as Record<string, JsonValue>)[key] as JsonValue
      if (typeof inner === 'string' || (inner !== null && typeof inner === 'object'))
        (mutable as Record<string, JsonValue>)[key] = shareStringsIn(inner)
    }
    return value
  }
  let previous: RecordedEvent | null = null
  /** `text`, or the equal string one of the two candidates already holds. */
  const sameAs = (text: string, first: string | null | undefined, second?: string | null) =>
    text === first ? first : text === second ? second : text
  return (events) => {
    for (let index = 0; index < events.length; index += 1) {
      const event = events[index] as RecordedEvent
      const metadata = event.metadata as { -readonly [Key in keyof RecordedMetadata]: RecordedMetadata[Key] }
      metadata.correlationId = sameAs(metadata.correlationId, event.eventId, previous?.metadata.correlationId)
      if (metadata.causationId !== null)
        metadata.causationId = sameAs(metadata.causationId, previous?.eventId, previous?.metadata.causationId)
      metadata.sessionId = shared(metadata.sessionId)
      const compact: RecordedEvent = {
        eventId: event.eventId,
        streamId: shared(event.streamId),
        version: event.version,
        position: event.position,
        type: shared(event.type),
        data: shareStringsIn(event.data),
        metadata,
        recordedAt: sameAs(event.recordedAt, previous?.recordedAt),
      }
      events[index] = compact
      previous = compact
    }
    return events
  }
}

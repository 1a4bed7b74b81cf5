import type { JsonValue, RecordedEvent } from './types'

/** Strings in event data up to this length are shared between events: ids and names, not prose. */
const SHARED_STRING_LENGTH = 40

/**
 * Shares the repeated strings of events just read from IndexedDB, in place, so that a long log
 * costs less memory. The browser hands back every string of every record as its own copy: a
 * thousand events of one stream hold a thousand copies of its id. Here stream ids, types, session
 * ids and short data strings go through a pool. The records are fresh from IndexedDB (or from
 * parsing a log page) and nobody else holds them, so their strings are swapped where they are:
 * no second object per event. Ids, times and correlations are left alone: the timeline packs
 * them into typed arrays. Values stay equal to what was read; only string identity changes. Keep
 * one compactor per store, so the pool lives as long as the log.
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
    const mutable = value as Record<string, JsonValue>
    for (const key in mutable) {
      const inner = mutable[key] as JsonValue
      if (typeof inner === 'string' || (inner !== null && typeof inner === 'object'))
        mutable[key] = shareStringsIn(inner)
    }
    return value
  }
  type Mutable<T> = { -readonly [Key in keyof T]: T[Key] }
  return (events) => {
    for (const event of events as Array<Mutable<RecordedEvent>>) {
      event.streamId = shared(event.streamId)
      event.type = shared(event.type)
      event.data = shareStringsIn(event.data)
      const metadata = event.metadata as Mutable<RecordedEvent['metadata']>
      metadata.sessionId = shared(metadata.sessionId)
    }
    return events
  }
}

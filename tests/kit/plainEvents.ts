import type { RecordedEvent } from '../../src/kernel/eventstore'

/**
 * Events as plain objects, as the store holds them: the page's timeline hands out packed events
 * (id, time and metadata read through their prototype), equal field by field but not to `toEqual`.
 */
export const plainEvents = (events: readonly RecordedEvent[]): RecordedEvent[] =>
  JSON.parse(JSON.stringify(events)) as RecordedEvent[]

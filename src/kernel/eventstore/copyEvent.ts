import type { RecordedEvent } from './types'

/**
 * A plain copy of `event` with some fields changed. Written out field by field: the page's log
 * holds packed events whose id, time and metadata are read through their prototype, which a
 * spread (`{ ...event, data }`) would leave behind.
 */
export function copyEvent<Changed extends Partial<RecordedEvent>>(
  event: RecordedEvent,
  changes: Changed,
): Omit<RecordedEvent, keyof Changed> & Changed {
  return {
    eventId: event.eventId,
    streamId: event.streamId,
    version: event.version,
    position: event.position,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
    recordedAt: event.recordedAt,
    ...changes,
  }
}

import type { RecordedEvent } from './types'

/**
 * A plain copy of `event` with some fields changed. Written out field by field: the page's log
 * holds packed events whose id, time and metadata are read through their prototype, which a
 * spread (`{ ...event, data }`) would leave behind. A field `changes` gives is not read from
 * `event` at all: on a packed event, reading the id, time or metadata builds them.
 */
export function copyEvent<Changed extends Partial<RecordedEvent>>(
  event: RecordedEvent,
  changes: Changed,
): Omit<RecordedEvent, keyof Changed> & Changed {
  return {
    eventId: changes.eventId ?? event.eventId,
    streamId: changes.streamId ?? event.streamId,
    version: changes.version ?? event.version,
    position: changes.position ?? event.position,
    type: changes.type ?? event.type,
    data: 'data' in changes ? changes.data : event.data,
    metadata: changes.metadata ?? event.metadata,
    recordedAt: changes.recordedAt ?? event.recordedAt,
  } as Omit<RecordedEvent, keyof Changed> & Changed
}

import { isOrderEvent } from './events'
import { evolveOrder, initialOrderState, type OrderState } from './state'

/** The part of a stored event replay needs; matches the event store's RecordedEvent structurally. */
export interface StoredOrderEvent {
  readonly type: string
  readonly data: unknown
  readonly version: number
}

/**
 * Folds a stream's stored events into state, starting from `from`. Events of a type this
 * version of the playground does not know are skipped, but still count towards the version.
 */
export function replayOrder(events: Iterable<StoredOrderEvent>, from: OrderState = initialOrderState): OrderState {
  let state = from
  for (const event of events) {
    state = isOrderEvent(event)
      ? { ...evolveOrder(state, event), version: event.version }
      : { ...state, version: event.version }
  }
  return state
}

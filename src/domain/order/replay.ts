import { asOrderEvent, type StoredOrderEvent } from './reading'
import { evolveOrder, initialOrderState, type OrderState } from './state'

/**
 * Folds a stream's stored events into state, starting from `from`. Older schemas are upcast on
 * the way; events the domain cannot read (an unknown type or schema, broken data) are skipped,
 * but still count towards the version.
 */
export function replayOrder(events: Iterable<StoredOrderEvent>, from: OrderState = initialOrderState): OrderState {
  let state = from
  for (const stored of events) {
    const event = asOrderEvent(stored)
    state = event ? { ...evolveOrder(state, event), version: stored.version } : { ...state, version: stored.version }
  }
  return state
}

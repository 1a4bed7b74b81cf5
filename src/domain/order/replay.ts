import { asOrderEvent, type StoredOrderEvent } from './reading'
import { evolveOrder, initialOrderState, type OrderState } from './state'

/** Folds one stored event into state: `replayOrder` for a single event, without building a list. */
export function replayOrderEvent(state: OrderState, stored: StoredOrderEvent): OrderState {
  const event = asOrderEvent(stored)
  const next = event ? evolveOrder(state, event) : state
  // evolve counts one version per event; only a stream that skips events needs the stored one set.
  return next.version === stored.version ? next : { ...next, version: stored.version }
}

/**
 * Folds a stream's stored events into state, starting from `from`. Older schemas are upcast on
 * the way; events the domain cannot read (an unknown type or schema, broken data) are skipped,
 * but still count towards the version.
 */
export function replayOrder(events: Iterable<StoredOrderEvent>, from: OrderState = initialOrderState): OrderState {
  let state = from
  for (const stored of events) state = replayOrderEvent(state, stored)
  return state
}

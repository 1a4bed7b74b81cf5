import { asOrderEvent, type OrderEventType, type OrderStatus, type StoredOrderEvent } from '../../domains/order'

/** A transition of the Order's lifecycle: the event that makes it, from one status to another. */
export interface LifecycleTransition {
  readonly event: OrderEventType
  readonly from: OrderStatus
  readonly to: OrderStatus
}

export const LIFECYCLE_TRANSITIONS: readonly LifecycleTransition[] = [
  { event: 'OrderCreated', from: 'not_created', to: 'created' },
  { event: 'ItemAdded', from: 'created', to: 'created' },
  { event: 'ItemRemoved', from: 'created', to: 'created' },
  { event: 'OrderPaid', from: 'created', to: 'paid' },
  { event: 'OrderCancelled', from: 'created', to: 'cancelled' },
]

/** How many times each transition was taken by the given events of one order. */
export function transitionsTaken(events: readonly StoredOrderEvent[]) {
  const counts = new Map<OrderEventType, number>()
  for (const event of events) {
    const read = asOrderEvent(event)
    if (read) counts.set(read.type, (counts.get(read.type) ?? 0) + 1)
  }
  return counts
}

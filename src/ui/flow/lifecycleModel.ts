import { isOrderEvent, type OrderEventType, type OrderStatus } from '../../domain/order'

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
export function transitionsTaken(events: ReadonlyArray<{ readonly type: string; readonly data: unknown }>) {
  const counts = new Map<OrderEventType, number>()
  for (const event of events) {
    if (isOrderEvent(event)) counts.set(event.type, (counts.get(event.type) ?? 0) + 1)
  }
  return counts
}

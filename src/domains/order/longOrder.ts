import type { OrderEvent } from './events'

/** The events of a long order: created, then an item added and removed in turn. */
export function longOrderEvents(orderId: string, count: number): OrderEvent[] {
  const events: OrderEvent[] = [{ type: 'OrderCreated', data: { orderId, customerId: 'customer-long' } }]
  while (events.length < count) {
    events.push(
      events.length % 2 === 1
        ? { type: 'ItemAdded', data: { itemId: 'apple', quantity: 1, unitPriceCents: 150 } }
        : { type: 'ItemRemoved', data: { itemId: 'apple' } },
    )
  }
  return events
}

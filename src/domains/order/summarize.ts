import { formatCents } from '../../kernel/money'
import type { StoredEvent } from '../../kernel/domainModule'
import type { OrderEvent } from './events'
import { asOrderEvent } from './reading'

/** One line that says what an Order event's data means. */
export function summarizeOrderEvent(event: OrderEvent): string {
  switch (event.type) {
    case 'OrderCreated':
      return `order ${event.data.orderId} for ${event.data.customerId}`
    case 'ItemAdded':
      return `${event.data.quantity} × ${event.data.itemId} at ${formatCents(event.data.unitPriceCents)}`
    case 'ItemRemoved':
      return `removed ${event.data.itemId}`
    case 'OrderPaid':
      return event.data.amountCents === undefined
        ? `paid by ${event.data.paymentMethod} (amount not recorded)`
        : `paid ${formatCents(event.data.amountCents)} by ${event.data.paymentMethod}`
    case 'OrderCancelled':
      return `cancelled: ${event.data.reason}`
  }
}

/**
 * One line about a stored event, for the log: as upcast when it was stored in an older shape.
 * Every visible row and every search over the log asks this, so it reads through `asOrderEvent`,
 * which allocates nothing for an event already in today's shape.
 */
export function summarizeStoredOrderEvent(stored: StoredEvent): string {
  const read = asOrderEvent(stored)
  return read ? summarizeOrderEvent(read) : JSON.stringify(stored.data)
}

import { formatCents } from '../../domain/shared/money'
import { isOrderEvent } from '../../domain/order'
import type { RecordedEvent } from '../../eventstore'

/** One line that says what an event's data means, for the log. */
export function summarizeEvent(event: RecordedEvent): string {
  if (!isOrderEvent(event)) return JSON.stringify(event.data)
  switch (event.type) {
    case 'OrderCreated':
      return `order ${event.data.orderId} for ${event.data.customerId}`
    case 'ItemAdded':
      return `${event.data.quantity} × ${event.data.itemId} at ${formatCents(event.data.unitPriceCents)}`
    case 'ItemRemoved':
      return `removed ${event.data.itemId}`
    case 'OrderPaid':
      return `paid ${formatCents(event.data.amountCents)} by ${event.data.paymentMethod}`
    case 'OrderCancelled':
      return `cancelled: ${event.data.reason}`
  }
}

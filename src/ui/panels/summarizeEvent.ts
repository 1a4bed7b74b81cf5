import { formatCents } from '../../kernel/money'
import { asOrderEvent, ORDER_SCHEMA_VERSION, readOrderEvent, type OrderEvent } from '../../domains/order'
import type { RecordedEvent } from '../../kernel/eventstore'

function summarizeOrderEvent(event: OrderEvent): string {
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
 * One line that says what an event's data means, for the log: as upcast when it was stored in an
 * older shape. Every visible row and every search over the log asks this, so it reads through
 * `asOrderEvent`, which allocates nothing for an event already in today's shape.
 */
export function summarizeEvent(event: RecordedEvent): string {
  const read = asOrderEvent(event)
  return read ? summarizeOrderEvent(read) : JSON.stringify(event.data)
}

/** How an event's schema was read, when it was not simply today's: shown beside it in the log and details. */
export interface SchemaNote {
  /** A short badge. */
  readonly label: string
  /** The whole story, for the title and the details. */
  readonly detail: string
  /** Upcast events are fine; the others are not folded. */
  readonly severity: 'info' | 'warning'
}

export function schemaNote(event: RecordedEvent): SchemaNote | null {
  const reading = readOrderEvent(event)
  switch (reading.kind) {
    case 'order':
      return reading.upcastFrom === null
        ? null
        : {
            label: `schema ${reading.upcastFrom} → ${ORDER_SCHEMA_VERSION}`,
            detail: `Stored in schema ${reading.upcastFrom}; upcast on read to schema ${ORDER_SCHEMA_VERSION}.`,
            severity: 'info',
          }
    case 'unknown-type':
      return {
        label: 'unknown type',
        detail: `This playground has no ${event.type} event: it is kept and shown, but not replayed.`,
        severity: 'warning',
      }
    case 'unknown-schema':
      return {
        label: `unknown schema ${reading.schemaVersion}`,
        detail: `Schema ${reading.schemaVersion} is newer than this playground reads (${ORDER_SCHEMA_VERSION}): kept and shown, but not replayed. A newer version of the playground wrote it.`,
        severity: 'warning',
      }
    case 'unreadable':
      return {
        label: 'unreadable',
        detail: `Its data cannot be read (${reading.problem}): kept and shown, but not replayed.`,
        severity: 'warning',
      }
  }
}

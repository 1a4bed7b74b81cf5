import { formatCents } from '../../../kernel/money'
import { ORDER_EVENT_TYPES } from '../events'
import { asOrderEvent, type OrderState } from '..'
import { isOrderStream, nextOrderState } from './orderFacts'
import type { Projection } from '../../../kernel/readside/projection'

/**
 * One row per customer: their orders, as the streams whose rows hold them, and what they have paid
 * in all. The orders are not copied into the row: a row holding them all was copied, and searched,
 * on every event of every order of the customer, a fold that grew with the customer's orders.
 */
export interface CustomerRow {
  readonly kind: 'customer'
  readonly customerId: string
  /** The streams of their orders, as they were placed. */
  readonly orderStreams: readonly string[]
  /** The sum of the amounts charged on their paid orders. */
  readonly lifetimeValueCents: number
}
/** Which customer an order belongs to, and the order so far: the Orders column reads it. */
export interface CustomerOrderRow {
  readonly kind: 'order'
  readonly order: OrderState
}
export type CustomerHistoryRow = CustomerRow | CustomerOrderRow

export const customerKey = (customerId: string) => `customer:${customerId}`
const orderKey = (streamId: string) => `order:${streamId}`

/** A customer's orders as the Orders column shows them; an order whose row is not in `rows` is left out. */
function ordersCell(customer: CustomerRow, rows: ReadonlyMap<string, CustomerHistoryRow>): string {
  return customer.orderStreams
    .flatMap((streamId) => {
      const row = rows.get(orderKey(streamId))
      return row?.kind === 'order' ? [`${row.order.orderId} (${row.order.status})`] : []
    })
    .join(', ')
}

export const customerHistoryProjection: Projection<CustomerHistoryRow, 'customerHistory'> = {
  name: 'customerHistory',
  version: 2,
  eventTypes: ORDER_EVENT_TYPES,
  title: 'Customer history',
  tables: (rows) => [
    {
      caption: 'Customer history',
      noun: 'customer',
      columns: ['Customer', 'Orders', 'Lifetime value'],
      wrapColumns: [1],
      rows: [...rows.values()]
        .filter((row): row is CustomerRow => row.kind === 'customer')
        .map((row) => ({
          key: row.customerId,
          cells: [row.customerId, ordersCell(row, rows), formatCents(row.lifetimeValueCents)],
        })),
    },
  ],
  handle(event, rowOf) {
    if (!isOrderStream(event)) return []
    const previous = rowOf(orderKey(event.streamId))
    const before = previous?.kind === 'order' ? previous.order : undefined
    const order = nextOrderState(before, event)
    if (order.customerId === null || order.orderId === null) return []
    const orderRow = { key: orderKey(event.streamId), row: { kind: 'order', order } as const }
    const read = asOrderEvent(event)
    const charged = read?.type === 'OrderPaid' ? (read.data.amountCents ?? order.totalCents) : 0
    const placed = before?.orderId == null
    // The customer's row changes when an order is placed, changes status or is paid for; an item
    // added changes the order's row alone. (Written on a change of status too, though its fields stay:
    // "Why" draws the rows an event wrote, and the Orders column reads the order's row through it.)
    if (!placed && before?.status === order.status && charged === 0) return [orderRow]
    const found = rowOf(customerKey(order.customerId))
    const customer = found?.kind === 'customer' ? found : undefined
    const streams = customer?.orderStreams ?? []
    return [
      orderRow,
      {
        key: customerKey(order.customerId),
        row: {
          kind: 'customer',
          customerId: order.customerId,
          orderStreams: placed ? [...streams, event.streamId] : streams,
          lifetimeValueCents: (customer?.lifetimeValueCents ?? 0) + charged,
        },
      },
    ]
  },
}

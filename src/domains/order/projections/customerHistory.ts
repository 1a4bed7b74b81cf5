import { formatCents } from '../../../kernel/money'
import { ORDER_EVENT_TYPES } from '../events'
import { asOrderEvent, type OrderState, type OrderStatus } from '..'
import { isOrderStream, nextOrderState } from './orderFacts'
import type { Projection } from '../../../kernel/readside/projection'

export interface CustomerOrder {
  readonly orderId: string
  readonly status: OrderStatus
  readonly totalCents: number
}
/** One row per customer: their orders and what they have paid in all. */
export interface CustomerRow {
  readonly kind: 'customer'
  readonly customerId: string
  readonly orders: readonly CustomerOrder[]
  /** The sum of the amounts charged on their paid orders. */
  readonly lifetimeValueCents: number
}
/** Which customer an order belongs to, and the order so far. Not shown. */
export interface CustomerOrderRow {
  readonly kind: 'order'
  readonly order: OrderState
}
export type CustomerHistoryRow = CustomerRow | CustomerOrderRow

export const customerKey = (customerId: string) => `customer:${customerId}`
const orderKey = (streamId: string) => `order:${streamId}`

export const customerHistoryProjection: Projection<CustomerHistoryRow, 'customerHistory'> = {
  name: 'customerHistory',
  version: 1,
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
          cells: [
            row.customerId,
            row.orders.map((order) => `${order.orderId} (${order.status})`).join(', '),
            formatCents(row.lifetimeValueCents),
          ],
        })),
    },
  ],
  handle(event, rowOf) {
    if (!isOrderStream(event)) return []
    const previous = rowOf(orderKey(event.streamId))
    const order = nextOrderState(previous?.kind === 'order' ? previous.order : undefined, event)
    if (order.customerId === null || order.orderId === null) return []
    const orderId = order.orderId
    const found = rowOf(customerKey(order.customerId))
    const customer = found?.kind === 'customer' ? found : undefined
    const entry: CustomerOrder = { orderId, status: order.status, totalCents: order.totalCents }
    const current = customer?.orders ?? []
    const orders = current.some((candidate) => candidate.orderId === orderId)
      ? current.map((candidate) => (candidate.orderId === orderId ? entry : candidate))
      : [...current, entry]
    const read = asOrderEvent(event)
    const charged = read?.type === 'OrderPaid' ? (read.data.amountCents ?? order.totalCents) : 0
    return [
      { key: orderKey(event.streamId), row: { kind: 'order', order } },
      {
        key: customerKey(order.customerId),
        row: {
          kind: 'customer',
          customerId: order.customerId,
          orders,
          lifetimeValueCents: (customer?.lifetimeValueCents ?? 0) + charged,
        },
      },
    ]
  },
}

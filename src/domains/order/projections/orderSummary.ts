import { formatRecordedAt } from '../../../kernel/format'
import { formatCents } from '../../../kernel/money'
import { ORDER_EVENT_TYPES } from '../events'
import type { OrderStatus } from '..'
import type { OrderState } from '..'
import { isOrderStream, nextOrderState } from './orderFacts'
import type { Projection } from '../../../kernel/readside/projection'

/** One row per order: what a list of orders shows without replaying anything. */
export interface OrderSummaryRow {
  readonly streamId: string
  readonly orderId: string
  readonly customerId: string
  /** Units across all lines. */
  readonly itemCount: number
  readonly totalCents: number
  readonly status: OrderStatus
  /** When the last event of this order was recorded. */
  readonly lastUpdated: string
  readonly version: number
  /** The order as folded, kept so the next event can be applied. */
  readonly order: OrderState
}

export const orderSummaryProjection: Projection<OrderSummaryRow, 'orderSummary'> = {
  name: 'orderSummary',
  version: 1,
  eventTypes: ORDER_EVENT_TYPES,
  title: 'Order summary',
  tables: (rows) => [
    {
      caption: 'Order summary',
      noun: 'order',
      columns: ['Order', 'Customer', 'Items', 'Total', 'Status', 'Last updated'],
      rows: [...rows.values()].map((row) => ({
        key: row.streamId,
        cells: [
          row.orderId,
          row.customerId,
          row.itemCount,
          formatCents(row.totalCents),
          row.status,
          formatRecordedAt(row.lastUpdated),
        ],
      })),
    },
  ],
  handle(event, rowOf) {
    if (!isOrderStream(event)) return []
    const order = nextOrderState(rowOf(event.streamId)?.order, event)
    if (order.status === 'not_created' || order.orderId === null) return []
    const row: OrderSummaryRow = {
      streamId: event.streamId,
      orderId: order.orderId,
      customerId: order.customerId ?? '',
      itemCount: order.items.reduce((sum, line) => sum + line.quantity, 0),
      totalCents: order.totalCents,
      status: order.status,
      lastUpdated: event.recordedAt,
      version: order.version,
      order,
    }
    return [{ key: event.streamId, row }]
  },
}

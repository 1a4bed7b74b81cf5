import { formatCents } from '../../../kernel/money'
import { ORDER_EVENT_TYPES } from '../events'
import type { OrderState } from '..'
import { dayOf, isOrderStream, nextOrderState } from './orderFacts'
import type { Projection, RowChange } from '../../../kernel/readside/projection'

/** Revenue of one day (UTC), from paid orders only. */
export interface SalesDayRow {
  readonly kind: 'day'
  readonly day: string
  readonly revenueCents: number
  readonly paidOrders: number
}
/** Units and revenue of one item, from paid orders only. */
export interface SalesItemRow {
  readonly kind: 'item'
  readonly itemId: string
  readonly quantity: number
  readonly revenueCents: number
}
/** An order not paid yet: kept so that its lines are known when the payment comes. Not shown. */
export interface OpenOrderRow {
  readonly kind: 'open'
  readonly order: OrderState
}
export type SalesReportRow = SalesDayRow | SalesItemRow | OpenOrderRow

export const salesDayKey = (day: string) => `day:${day}`
export const salesItemKey = (itemId: string) => `item:${itemId}`
const openKey = (streamId: string) => `open:${streamId}`

export const salesReportProjection: Projection<SalesReportRow, 'salesReport'> = {
  name: 'salesReport',
  version: 1,
  eventTypes: ORDER_EVENT_TYPES,
  title: 'Sales report',
  tables(rows) {
    const all = [...rows.values()]
    const days = all.filter((row): row is SalesDayRow => row.kind === 'day').sort((a, b) => a.day.localeCompare(b.day))
    const items = all.filter((row): row is SalesItemRow => row.kind === 'item')
    return [
      {
        caption: 'Revenue by day',
        noun: 'day',
        columns: ['Day (UTC)', 'Paid orders', 'Revenue'],
        rows: days.map((row) => ({ key: row.day, cells: [row.day, row.paidOrders, formatCents(row.revenueCents)] })),
      },
      {
        caption: 'Revenue by item',
        noun: 'item',
        columns: ['Item', 'Units sold', 'Revenue'],
        rows: items.map((row) => ({
          key: row.itemId,
          cells: [row.itemId, row.quantity, formatCents(row.revenueCents)],
        })),
      },
    ]
  },
  handle(event, rowOf) {
    if (!isOrderStream(event)) return []
    const open = rowOf(openKey(event.streamId))
    const order = nextOrderState(open?.kind === 'open' ? open.order : undefined, event)
    if (order.status === 'created') return [{ key: openKey(event.streamId), row: { kind: 'open', order } }]
    if (order.status !== 'paid' || event.type !== 'OrderPaid') return [{ key: openKey(event.streamId), row: null }]

    const changes: RowChange<SalesReportRow>[] = [{ key: openKey(event.streamId), row: null }]
    const day = dayOf(event.recordedAt)
    const dayRow = rowOf(salesDayKey(day))
    const before = dayRow?.kind === 'day' ? dayRow : { revenueCents: 0, paidOrders: 0 }
    changes.push({
      key: salesDayKey(day),
      row: {
        kind: 'day',
        day,
        revenueCents: before.revenueCents + order.totalCents,
        paidOrders: before.paidOrders + 1,
      },
    })
    for (const line of order.items) {
      const itemRow = rowOf(salesItemKey(line.itemId))
      const item = itemRow?.kind === 'item' ? itemRow : { quantity: 0, revenueCents: 0 }
      changes.push({
        key: salesItemKey(line.itemId),
        row: {
          kind: 'item',
          itemId: line.itemId,
          quantity: item.quantity + line.quantity,
          revenueCents: item.revenueCents + line.quantity * line.unitPriceCents,
        },
      })
    }
    return changes
  },
}

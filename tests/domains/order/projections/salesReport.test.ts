import { describe, expect, it } from 'vitest'
import { projectAll, salesReportProjection, type SalesReportRow } from '../../../../src/domains/order/projections'
import { added, cancelled, created, logOf, paid } from './history'

const visible = (rows: Map<string, SalesReportRow>) => [...rows.values()].filter((row) => row.kind !== 'open')

describe('Sales report projection', () => {
  it('given paid orders on two days, sums revenue by day and by item', () => {
    const rows = projectAll(
      salesReportProjection,
      logOf([
        ['a', created('a', 'c1')],
        ['a', added('apple', 3, 150)],
        ['a', paid(450), '2026-11-20T23:59:00.000Z'],
        ['b', created('b', 'c2')],
        ['b', added('apple', 1, 150)],
        ['b', added('pear', 2, 200)],
        ['b', paid(550), '2026-11-21T00:01:00.000Z'],
      ]),
    )
    expect(visible(rows)).toEqual([
      { kind: 'day', day: '2026-11-20', revenueCents: 450, paidOrders: 1 },
      { kind: 'item', itemId: 'apple', quantity: 4, revenueCents: 600 },
      { kind: 'day', day: '2026-11-21', revenueCents: 550, paidOrders: 1 },
      { kind: 'item', itemId: 'pear', quantity: 2, revenueCents: 400 },
    ])
  })

  it('given unpaid and cancelled orders, reports nothing and keeps no open order after cancelling', () => {
    const rows = projectAll(
      salesReportProjection,
      logOf([
        ['a', created('a', 'c1')],
        ['a', added('apple', 3, 150)],
        ['b', created('b', 'c2')],
        ['b', added('pear', 1, 200)],
        ['b', cancelled('no')],
      ]),
    )
    expect(visible(rows)).toEqual([])
    expect([...rows.keys()]).toEqual(['open:Order-a'])
  })
})

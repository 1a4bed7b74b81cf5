import { describe, expect, it } from 'vitest'
import { orderSummaryProjection, projectAll } from '../../../../src/domains/order/projections'
import { added, cancelled, created, logOf, paid, removed } from './history'

describe('Order summary projection', () => {
  it('given the walkthrough, shows one row with items, total, status and the last update', () => {
    const log = logOf([
      ['order-001', created('order-001', 'customer-123')],
      ['order-001', added('apple', 3, 150)],
      ['order-001', added('banana', 2, 75)],
      ['order-001', paid(600), '2026-11-21T09:30:00.000Z'],
    ])
    const row = projectAll(orderSummaryProjection, log).get('Order-order-001')
    expect(row).toMatchObject({
      orderId: 'order-001',
      customerId: 'customer-123',
      itemCount: 5,
      totalCents: 600,
      status: 'paid',
      version: 4,
      lastUpdated: '2026-11-21T09:30:00.000Z',
    })
  })

  it('given a removal and a cancellation, keeps one row per order with the latest status', () => {
    const rows = projectAll(
      orderSummaryProjection,
      logOf([
        ['a', created('a', 'c1')],
        ['b', created('b', 'c2')],
        ['a', added('apple', 1, 100)],
        ['a', removed('apple')],
        ['b', cancelled('changed my mind')],
      ]),
    )
    expect([...rows.values()].map((row) => [row.orderId, row.status, row.totalCents, row.itemCount])).toEqual([
      ['a', 'created', 0, 0],
      ['b', 'cancelled', 0, 0],
    ])
  })

  it('ignores streams of other categories', () => {
    const [event] = logOf([['x', created('x', 'c')]])
    expect(orderSummaryProjection.handle({ ...event!, streamId: 'Invoice-x' }, () => undefined)).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { customerHistoryProjection, customerKey, projectAll } from '../../../../src/domains/order/projections'
import { added, cancelled, created, logOf, paid } from './history'

describe('Customer history projection', () => {
  it('given three orders of two customers, lists each order and sums what was charged', () => {
    const rows = projectAll(
      customerHistoryProjection,
      logOf([
        ['a', created('a', 'alice')],
        ['a', added('apple', 2, 150)],
        ['a', paid(300)],
        ['b', created('b', 'alice')],
        ['b', added('pear', 1, 200)],
        ['b', cancelled('no')],
        ['c', created('c', 'bob')],
        ['c', added('kiwi', 4, 50)],
      ]),
    )
    expect(rows.get(customerKey('alice'))).toEqual({
      kind: 'customer',
      customerId: 'alice',
      orders: [
        { orderId: 'a', status: 'paid', totalCents: 300 },
        { orderId: 'b', status: 'cancelled', totalCents: 200 },
      ],
      lifetimeValueCents: 300,
    })
    expect(rows.get(customerKey('bob'))).toMatchObject({
      orders: [{ orderId: 'c', status: 'created', totalCents: 200 }],
      lifetimeValueCents: 0,
    })
  })
})

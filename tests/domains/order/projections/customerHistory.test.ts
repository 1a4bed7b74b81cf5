import { describe, expect, it } from 'vitest'
import { customerHistoryProjection, customerKey, projectAll } from '../../../../src/domains/order/projections'
import { added, cancelled, created, logOf, paid } from './history'

const threeOrders = logOf([
  ['a', created('a', 'alice')],
  ['a', added('apple', 2, 150)],
  ['a', paid(300)],
  ['b', created('b', 'alice')],
  ['b', added('pear', 1, 200)],
  ['b', cancelled('no')],
  ['c', created('c', 'bob')],
  ['c', added('kiwi', 4, 50)],
])

describe('Customer history projection', () => {
  it('given three orders of two customers, lists each order with its status and sums what was charged', () => {
    const rows = projectAll(customerHistoryProjection, threeOrders)
    expect(customerHistoryProjection.tables(rows)[0]?.rows).toEqual([
      { key: 'alice', cells: ['alice', 'a (paid), b (cancelled)', '$3.00'] },
      { key: 'bob', cells: ['bob', 'c (created)', '$0.00'] },
    ])
    expect(rows.get(customerKey('alice'))).toEqual({
      kind: 'customer',
      customerId: 'alice',
      orderStreams: ['Order-a', 'Order-b'],
      lifetimeValueCents: 300,
    })
  })

  it("writes the customer's row when an order is placed, changes status or is paid, and not for an item added", () => {
    const rows = projectAll(customerHistoryProjection, threeOrders.slice(0, 1))
    const written = (index: number) =>
      customerHistoryProjection.handle(threeOrders[index]!, (key) => rows.get(key)).map((change) => change.key)
    expect(written(1)).toEqual(['order:Order-a'])
    // The customer's row is not copied for each event of each of their orders.
    const after = projectAll(customerHistoryProjection, threeOrders.slice(0, 2))
    const paidWrites = customerHistoryProjection
      .handle(threeOrders[2]!, (key) => after.get(key))
      .map((change) => change.key)
    expect(paidWrites).toEqual(['order:Order-a', 'customer:alice'])
  })
})

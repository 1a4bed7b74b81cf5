import { describe, expect, it } from 'vitest'
import { orderSummaryProjection, projectAll } from '../../../../src/domains/order/projections'
import { deliverEachTwice, projectDeliveries } from '../../../../src/kernel/readside/deliveries'
import { added, created, logOf } from './history'

const log = logOf([
  ['a', created('a', 'c1')],
  ['a', added('apple', 3, 150)],
  ['a', added('pear', 1, 200)],
])

describe('Delivering every event twice', () => {
  it('leaves the idempotent handler (checkpoint check) equal to one delivery each', () => {
    const twice = projectDeliveries(orderSummaryProjection, deliverEachTwice(log), { skipSeen: true })
    expect(twice).toEqual(projectAll(orderSummaryProjection, log))
    expect(twice.get('Order-a')?.totalCents).toBe(650)
  })

  it('makes the naive handler double count the total', () => {
    const twice = projectDeliveries(orderSummaryProjection, deliverEachTwice(log), { skipSeen: false })
    expect(twice.get('Order-a')?.totalCents).toBe(1300)
    expect(twice.get('Order-a')?.itemCount).toBe(8)
  })
})

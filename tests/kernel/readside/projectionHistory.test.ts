import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { orderSummaryProjection, projectAll, salesReportProjection } from '../../../src/domains/order/projections'
import { ProjectionHistory } from '../../../src/kernel/readside/projectionHistory'
import { added, created, logOf, paid, removed } from '../../domains/order/projections/history'

const log = logOf(
  Array.from({ length: 40 }, (_, order) => {
    const id = `o${order}`
    return [
      [id, created(id, `c${order % 3}`)],
      [id, added('apple', 1 + (order % 4), 150)],
      [id, added('pear', 1, 200)],
      [id, order % 2 === 0 ? paid(0) : removed('pear')],
    ] as const
  }).flat(),
)

describe('a read model as of a position', () => {
  it('equals the projection folded over the log up to there, in any order of seeks (property, fixed seed)', () => {
    const summary = new ProjectionHistory(orderSummaryProjection, 16)
    const sales = new ProjectionHistory(salesReportProjection, 16)
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: log.length }), { minLength: 1, maxLength: 20 }), (positions) => {
        for (const position of positions) {
          expect(summary.rowsAt(log, position)).toEqual(projectAll(orderSummaryProjection, log.slice(0, position)))
          expect(sales.rowsAt(log, position)).toEqual(projectAll(salesReportProjection, log.slice(0, position)))
        }
      }),
      { seed: 20261122, numRuns: 40 },
    )
  })
})

describe('a read model folded in steps', () => {
  it('gives what rowsAt gives, and a fold dropped halfway leaves later seeks right', () => {
    const stepped = new ProjectionHistory(orderSummaryProjection, 16)
    const abandoned = stepped.rowsAtInSteps(log, 150)
    for (let step = 0; step < 3; step += 1) abandoned.next()
    const steps = stepped.rowsAtInSteps(log, 150)
    let result = steps.next()
    let count = 1
    while (!result.done) {
      result = steps.next()
      count += 1
    }
    expect(count).toBeGreaterThan(2)
    expect(result.value).toEqual(projectAll(orderSummaryProjection, log.slice(0, 150)))
    // The dropped fold resumed late (its checkpoint already made) still ends right.
    let late = abandoned.next()
    while (!late.done) late = abandoned.next()
    expect(late.value).toEqual(projectAll(orderSummaryProjection, log.slice(0, 150)))
    expect(stepped.rowsAt(log, 90)).toEqual(projectAll(orderSummaryProjection, log.slice(0, 90)))
  })

  it('says how much work a seek is: less once checkpoints are made near it', () => {
    const history = new ProjectionHistory(orderSummaryProjection, 16)
    const before = history.workAt(log.length, 150)
    expect(before).toBeGreaterThanOrEqual(150)
    history.rowsAt(log, 150)
    expect(history.workAt(log.length, 150)).toBeLessThan(before)
    expect(history.workAt(log.length, 0)).toBe(0)
  })
})

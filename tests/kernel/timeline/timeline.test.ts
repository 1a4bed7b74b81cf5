import { PAGE_DOMAINS } from '../../kit/domains'
import { plainEvents } from '../../kit/plainEvents'
import fc from 'fast-check'
import { logArbitrary, recorded } from '../../kit/randomOrderLog'
import { describe, expect, it } from 'vitest'
import { initialOrderState, replayOrder, type OrderState } from '../../../src/domains/order'
import type { RecordedEvent } from '../../../src/kernel/eventstore'
import { diffOrderState } from '../../../src/domains/order/diff'
import { Timeline } from '../../../src/kernel/timeline/timeline'

/** The slow truth: replay every stream from the start up to the position. */
function fullReplay(log: readonly RecordedEvent[], position: number): Map<string, OrderState> {
  const byStream = new Map<string, RecordedEvent[]>()
  for (const event of log.slice(0, position))
    byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event])
  return new Map([...byStream].map(([streamId, events]) => [streamId, replayOrder(events)]))
}

describe('Timeline', () => {
  it('an order read from its stream checkpoint equals a full replay, for random logs, positions and intervals', () => {
    fc.assert(
      fc.property(
        logArbitrary,
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 10 }),
        (log, interval, picks) => {
          const timeline = new Timeline(PAGE_DOMAINS, interval)
          // Events arrive in batches, as they do from the store's subscription.
          for (let start = 0; start < log.length; start += 7) timeline.append(log.slice(start, start + 7))
          for (const pick of [...picks, 0, log.length]) {
            const position = log.length === 0 ? 0 : pick % (log.length + 1)
            expect(new Map(timeline.statesAt<OrderState>('Order', position))).toEqual(fullReplay(log, position))
          }
        },
      ),
      { seed: 20261122, numRuns: 200 },
    )
  })

  it("gives one stream's events up to a position, the same as filtering the log", () => {
    fc.assert(
      fc.property(logArbitrary, fc.nat(), fc.integer({ min: 0, max: 5 }), (log, pick, order) => {
        const timeline = new Timeline(PAGE_DOMAINS)
        timeline.append(log)
        const position = pick % (log.length + 1)
        const streamId = `Order-o${order}`
        expect(plainEvents(timeline.streamEvents(streamId, position))).toEqual(
          log.slice(0, position).filter((event) => event.streamId === streamId),
        )
      }),
      { seed: 20261122, numRuns: 200 },
    )
  })

  it('never changes a view it returned, even the live one, when events arrive later', () => {
    const timeline = new Timeline(PAGE_DOMAINS, 4)
    timeline.append([recorded('Order-a', 1, 1, 'OrderCreated', { orderId: 'a', customerId: 'c' })])
    const live = timeline.statesAt<OrderState>('Order', timeline.length)
    expect(timeline.statesAt<OrderState>('Order', 1)).toBe(live)
    timeline.append([recorded('Order-b', 1, 2, 'OrderCreated', { orderId: 'b', customerId: 'c' })])
    expect([...live.keys()]).toEqual(['Order-a'])
    expect([...timeline.statesAt<OrderState>('Order', timeline.length).keys()]).toEqual(['Order-a', 'Order-b'])
  })

  it('ignores events it already has and refuses a gap', () => {
    const timeline = new Timeline(PAGE_DOMAINS, 2)
    const first = recorded('Order-a', 1, 1, 'OrderCreated', { orderId: 'a', customerId: 'c' })
    timeline.append([first])
    timeline.append([first])
    expect(timeline.length).toBe(1)
    expect(() => timeline.append([recorded('Order-a', 3, 3, 'OrderCancelled', { reason: 'r' })])).toThrow(
      /expected position 2/,
    )
  })

  it('folds an order only when it is read, and answers size, has and keys without folding', () => {
    const timeline = new Timeline(PAGE_DOMAINS, 2)
    timeline.append([
      recorded('Order-a', 1, 1, 'OrderCreated', { orderId: 'a', customerId: 'c' }),
      recorded('Audit-x', 1, 2, 'Noted', {}),
      recorded('Order-b', 1, 3, 'OrderCreated', { orderId: 'b', customerId: 'c' }),
      recorded('Order-a', 2, 4, 'ItemAdded', { itemId: 'fig', quantity: 2, unitPriceCents: 40 }),
      recorded('Order-a', 3, 5, 'ItemAdded', { itemId: 'fig', quantity: 1, unitPriceCents: 40 }),
    ])
    const calls: string[] = []
    const stateAt = timeline.stateAt.bind(timeline)
    timeline.stateAt = (streamId, position) => {
      calls.push(`${streamId}@${position}`)
      return stateAt(streamId, position)
    }
    const atTwo = timeline.statesAt<OrderState>('Order', 2)
    expect([atTwo.size, [...atTwo.keys()], atTwo.has('Order-b'), atTwo.has('Audit-x')]).toEqual([
      1,
      ['Order-a'],
      false,
      false,
    ])
    expect(atTwo.get('Order-b')).toBeUndefined()
    expect(calls).toEqual([])
    const atFour = timeline.statesAt<OrderState>('Order', 4)
    expect(atFour.get('Order-a')?.totalCents).toBe(80)
    expect(atFour.get('Order-a')).toBe(atFour.get('Order-a'))
    expect(calls).toEqual(['Order-a@4'])
    expect(timeline.statesAt<OrderState>('Order', 5).get('Order-a')?.totalCents).toBe(120)
  })

  it('clamps positions and answers the initial state for an order that did not exist yet', () => {
    const timeline = new Timeline(PAGE_DOMAINS, 4)
    timeline.append([recorded('Order-a', 1, 1, 'OrderCreated', { orderId: 'a', customerId: 'c' })])
    expect(timeline.stateAt('Order-a', 0) as OrderState).toBe(initialOrderState)
    expect((timeline.stateAt('Order-a', 99) as OrderState).status).toBe('created')
    expect(timeline.statesAt<OrderState>('Order', -5).size).toBe(0)
  })
})

describe('diffOrderState', () => {
  it('names each changed field with before and after', () => {
    const created = replayOrder([recorded('Order-a', 1, 1, 'OrderCreated', { orderId: 'a', customerId: 'c-1' })])
    const withApple = replayOrder(
      [recorded('Order-a', 2, 2, 'ItemAdded', { itemId: 'apple', quantity: 3, unitPriceCents: 150 })],
      created,
    )
    expect(diffOrderState(created, withApple)).toEqual([
      { field: 'Total', before: '$0.00', after: '$4.50' },
      { field: 'Version', before: '1', after: '2' },
      { field: 'Item apple', before: '—', after: '3 × $1.50' },
    ])
    expect(diffOrderState(withApple, withApple)).toEqual([])
  })
})

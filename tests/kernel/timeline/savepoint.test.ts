import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { OrderState } from '../../../src/domains/order'
import { createDomainRegistry } from '../../../src/kernel/replayStream'
import { savepointFits, takeSavepoint, type Savepoint } from '../../../src/kernel/timeline/savepoint'
import { Timeline } from '../../../src/kernel/timeline/timeline'
import { PAGE_DOMAINS } from '../../kit/domains'
import { plainEvents } from '../../kit/plainEvents'
import { logArbitrary, recorded } from '../../kit/randomOrderLog'

const noPause = async () => undefined

/** A savepoint of the first `position` events, as a visit that had read that much would save it. */
async function savepointOf(log: Parameters<Timeline['append']>[0], position: number): Promise<Savepoint> {
  const earlier = new Timeline(PAGE_DOMAINS)
  earlier.append(log.slice(0, position))
  const savepoint = await takeSavepoint(earlier, noPause)
  if (!savepoint) throw new Error('no savepoint taken')
  // Stored and read back: a structured clone, as IndexedDB gives it.
  return structuredClone(savepoint)
}

describe('a timeline based on a savepoint', () => {
  it('answers at and after the savepoint as the whole timeline does, for random logs', async () => {
    await fc.assert(
      fc.asyncProperty(logArbitrary, fc.nat(), fc.nat(), async (log, savedPick, shownPick) => {
        if (log.length === 0) return
        const saved = 1 + (savedPick % log.length)
        const from = 1 + (shownPick % saved)
        const based = new Timeline(PAGE_DOMAINS, 4, { base: await savepointOf(log, saved), from })
        based.append(log.slice(from - 1))
        const whole = new Timeline(PAGE_DOMAINS, 4)
        whole.append(log)
        expect(based.complete).toBe(false)
        expect(based.length).toBe(log.length)
        expect(based.firstHeld).toBe(from)
        expect(plainEvents(based.events)).toEqual(log.slice(from - 1))
        expect(based.eventAt(from - 1)).toBeUndefined()
        expect(based.eventAt(log.length)?.eventId).toBe(log.at(-1)?.eventId)
        expect(based.streamIds()).toEqual(whole.streamIds())
        expect(based.eventTypes().sort()).toEqual(whole.eventTypes().sort())
        for (const position of [saved, Math.floor((saved + log.length) / 2), log.length]) {
          expect(new Map(based.statesAt<OrderState>('Order', position))).toEqual(
            new Map(whole.statesAt<OrderState>('Order', position)),
          )
          expect(based.streamCountAt(position)).toBe(whole.streamCountAt(position))
        }
        // Before the savepoint it knows nothing: it answers as of the savepoint.
        expect(new Map(based.statesAt<OrderState>('Order', 0))).toEqual(new Map(whole.statesAt('Order', saved)))
      }),
      { seed: 20261130, numRuns: 150 },
    )
  })

  it('is not taken of a based timeline, and keeps its position while the log grows under it', async () => {
    const log = Array.from({ length: 300 }, (_, index) =>
      recorded(`Order-o${index}`, 1, index + 1, 'OrderCreated', { orderId: `o${index}`, customerId: 'c' }),
    )
    const based = new Timeline(PAGE_DOMAINS, 4, { base: await savepointOf(log, 100), from: 101 })
    based.append(log.slice(100))
    expect(await takeSavepoint(based, noPause)).toBeUndefined()

    const growing = new Timeline(PAGE_DOMAINS)
    growing.append(log.slice(0, 250))
    // The savepoint pauses after every hundred streams: an event lands in one of those pauses.
    const pause = async () => growing.append(log.slice(growing.length, growing.length + 1))
    const taken = await takeSavepoint(growing, pause)
    expect(growing.length).toBe(252)
    expect(taken?.position).toBe(250)
    expect(taken?.eventId).toBe(log[249]?.eventId)
    expect(taken?.streams.map((stream) => stream.id)).toEqual(log.slice(0, 250).map((event) => event.streamId))
  })

  it('fits only the modules that folded it: a changed state shape or a new module refuses it', async () => {
    const log = [
      recorded('Order-a', 1, 1, 'OrderCreated', { orderId: 'a', customerId: 'c' }),
      recorded('Sketch-b', 1, 2, 'Drawn', { at: 1 }),
    ]
    const savepoint = await savepointOf(log, 2)
    expect(savepoint.streams.map((stream) => [stream.id, stream.state === null])).toEqual([
      ['Order-a', false],
      ['Sketch-b', true],
    ])
    expect(savepointFits(savepoint, PAGE_DOMAINS)).toBe(true)
    const order = PAGE_DOMAINS.forCategory('Order')
    if (!order) throw new Error('no Order module')
    const reshaped = { ...order, stateShapeVersion: order.stateShapeVersion + 1 }
    const others = PAGE_DOMAINS.modules.filter((module) => module.category !== 'Order')
    expect(savepointFits(savepoint, createDomainRegistry([...others, reshaped]))).toBe(false)
    const sketch = { ...order, category: 'Sketch', title: 'Sketch', entityName: 'sketch' }
    expect(savepointFits(savepoint, createDomainRegistry([...PAGE_DOMAINS.modules, sketch]))).toBe(false)
  })
})

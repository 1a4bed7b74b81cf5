import { describe, expect, it, vi } from 'vitest'
import { orderSummaryProjection, type OrderSummaryRow, type Projection } from '../../src/domains/order/projections'
import { createInMemoryEventStore } from '../../src/kernel/eventstore'
import { createProjectionRunner, DELIVERY_SLICE } from '../../src/playground/readside/projectionRunner'
import { interleavedOrderLog } from '../kit/interleavedOrderLog'
import type * as NextTaskModule from '../../src/kernel/nextTask'
import { createInMemoryDerivedStorage } from '../../src/kernel/readside/derivedStorage'

/** How many events the projection had handled each time the runner gave the page a task back. */
const breaks = vi.hoisted(() => ({ handled: 0, at: [] as number[] }))
vi.mock('../../src/kernel/nextTask', async (importOriginal) => {
  const real = await importOriginal<typeof NextTaskModule>()
  return {
    ...real,
    nextTask: () => {
      breaks.at.push(breaks.handled)
      return real.nextTask()
    },
  }
})

describe('a big delivery, as an import brings', () => {
  it(`is folded ${DELIVERY_SLICE} events a task`, async () => {
    const eventStore = createInMemoryEventStore()
    const counting: Projection<OrderSummaryRow> = {
      ...orderSummaryProjection,
      handle: (event, rowOf) => {
        breaks.handled += 1
        return orderSummaryProjection.handle(event, rowOf)
      },
    }
    const runner = createProjectionRunner(counting, eventStore, createInMemoryDerivedStorage(), () => 0)
    const stop = runner.start()
    const events = 2_000
    await eventStore.importEvents(interleavedOrderLog(20, events / 20, 'big', 'test'))
    for (let attempt = 0; attempt < 400 && runner.store.getState().checkpoint < events; attempt += 1)
      await new Promise((resolve) => setTimeout(resolve, 5))
    stop()
    await eventStore.close()

    expect(runner.store.getState().checkpoint).toBe(events)
    expect(breaks.handled).toBe(events)
    // At most a slice between two breaks.
    const handledAt = [...breaks.at, breaks.handled]
    const steps = handledAt.slice(1).map((handled, index) => handled - handledAt[index]!)
    expect(Math.max(...steps)).toBe(DELIVERY_SLICE)
  })
})

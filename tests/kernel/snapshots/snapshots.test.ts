import { DERIVED_STORAGES } from '../../kit/adapters'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { appendLongStream, measurementPoints, measureSnapshotLoads } from '../../../src/kernel/snapshots/measureLoads'
import { loadStreamState, type SnapshotPolicy } from '../../../src/kernel/snapshots/loadStream'
import { orderModule, ORDER_STATE_SHAPE_VERSION } from '../../../src/domains/order/module'
import { replayOrder, type OrderEvent } from '../../../src/domains/order'
import { createInMemoryEventStore } from '../../../src/kernel/eventstore'
import { createInMemoryDerivedStorage } from '../../../src/kernel/readside/derivedStorage'

const itemEvent = fc.oneof(
  fc.record({
    type: fc.constant('ItemAdded' as const),
    data: fc.record({
      itemId: fc.constantFrom('apple', 'pear', 'kiwi'),
      quantity: fc.integer({ min: 1, max: 5 }),
      unitPriceCents: fc.constantFrom(50, 150),
    }),
  }),
  fc.record({
    type: fc.constant('ItemRemoved' as const),
    data: fc.record({ itemId: fc.constantFrom('apple', 'pear') }),
  }),
)

const policy = (every: number, store = createInMemoryDerivedStorage()): SnapshotPolicy => ({
  store,
  every: () => every,
  now: () => '2026-11-22T00:00:00.000Z',
})

async function storeWith(events: readonly OrderEvent[]) {
  const eventStore = createInMemoryEventStore()
  await eventStore.append('Order-long', [
    { type: 'OrderCreated', data: { orderId: 'long', customerId: 'c' } },
    ...events.map((event) => ({ type: event.type, data: event.data })),
  ])
  return eventStore
}

describe('loading an order from a snapshot', () => {
  it('gives the same state as a full replay, for any history, interval and version (property, fixed seed)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(itemEvent, { minLength: 0, maxLength: 120 }),
        fc.integer({ min: 1, max: 30 }),
        fc.nat(),
        fc.nat(),
        async (events, every, firstLoadSeed, targetSeed) => {
          const eventStore = await storeWith(events)
          const length = events.length + 1
          const withSnapshots = policy(every)
          // A first load at some version takes the snapshots due up to there.
          await loadStreamState(orderModule, eventStore, 'Order-long', withSnapshots, 1 + (firstLoadSeed % length))
          const target = 1 + (targetSeed % length)
          const loaded = await loadStreamState(orderModule, eventStore, 'Order-long', withSnapshots, target)
          const full = replayOrder((await eventStore.readStream('Order-long')).slice(0, target))
          expect(loaded.state).toEqual(full)
          expect(loaded.eventsRead).toBe(target - (loaded.snapshotVersion ?? 0))
        },
      ),
      { seed: 20261122, numRuns: 150 },
    )
  })

  it('reads only the tail after the latest snapshot once snapshots are taken', async () => {
    const events: OrderEvent[] = Array.from({ length: 119 }, (_, index) =>
      index % 2 === 0
        ? { type: 'ItemAdded', data: { itemId: 'apple', quantity: 1, unitPriceCents: 100 } }
        : { type: 'ItemRemoved', data: { itemId: 'apple' } },
    )
    const eventStore = await storeWith(events)
    const withSnapshots = policy(50)
    expect(await loadStreamState(orderModule, eventStore, 'Order-long', withSnapshots)).toMatchObject({
      eventsRead: 120,
      snapshotVersion: null,
    })
    expect(await loadStreamState(orderModule, eventStore, 'Order-long', withSnapshots)).toMatchObject({
      eventsRead: 20,
      snapshotVersion: 100,
    })
    expect(await loadStreamState(orderModule, eventStore, 'Order-long', null)).toMatchObject({ eventsRead: 120 })
  })

  it.each(DERIVED_STORAGES)(
    'ignores and then rebuilds a snapshot of another shape version (%s)',
    async (_, createStorage) => {
      const eventStore = await storeWith([
        { type: 'ItemAdded', data: { itemId: 'apple', quantity: 2, unitPriceCents: 150 } },
      ])
      const store = createStorage()
      const wrong = replayOrder([{ type: 'OrderCreated', data: { orderId: 'stale', customerId: 'x' }, version: 2 }])
      await store.saveSnapshots([
        { streamId: 'Order-long', version: 2, shapeVersion: ORDER_STATE_SHAPE_VERSION + 1, state: wrong, takenAt: '' },
      ])
      const loaded = await loadStreamState(orderModule, eventStore, 'Order-long', policy(2, store))
      expect(loaded).toMatchObject({
        snapshotVersion: null,
        eventsRead: 2,
        state: { totalCents: 300, orderId: 'long' },
      })
      expect(await store.latestSnapshot('Order-long')).toMatchObject({
        version: 2,
        shapeVersion: ORDER_STATE_SHAPE_VERSION,
        state: { totalCents: 300 },
      })
    },
  )
})

describe('the snapshot chart', () => {
  it('measures a long order at ten lengths, with and without snapshots', async () => {
    const eventStore = createInMemoryEventStore()
    await appendLongStream(orderModule, eventStore, 'long', 1000, 'tab-1')
    expect(await eventStore.streamVersion('Order-long')).toBe(1000)
    const points = measurementPoints(1000)
    expect(points).toEqual([99, 199, 299, 399, 499, 599, 699, 799, 899, 999])
    const clock = { now: 0 }
    const measured = await measureSnapshotLoads(
      orderModule,
      eventStore,
      'Order-long',
      createInMemoryDerivedStorage(),
      50,
      points,
      () => (clock.now += 1),
    )
    expect(measured.map((row) => [row.version, row.eventsReadWithout, row.eventsReadWith])).toEqual(
      points.map((version) => [version, version, 49]),
    )
    expect(measured.every((row) => row.millisecondsWith === 1 && row.millisecondsWithout === 1)).toBe(true)
  })
})

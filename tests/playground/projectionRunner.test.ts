import { DERIVED_STORAGES } from '../kit/adapters'
import { afterEach, describe, expect, it } from 'vitest'
import {
  orderSummaryProjection,
  projectAll,
  salesReportProjection,
  type OrderSummaryRow,
  type Projection,
} from '../../src/domains/order/projections'
import { createInMemoryEventStore, type EventStore } from '../../src/kernel/eventstore'
import type { DerivedStorage } from '../../src/kernel/readside/derivedStorage'
import {
  commitDue,
  createProjectionRunner,
  EVENTS_PER_COMMIT,
  EVENTS_PER_ROW_WRITTEN,
} from '../../src/playground/readside/projectionRunner'
import { recordOrders } from '../kit/orderLog'
import { interleavedOrderLog } from '../kit/interleavedOrderLog'

const storages = DERIVED_STORAGES

/** Resolves once the runner is live and has applied every event up to `position`. */
async function settled(runner: { store: { getState(): { status: string; checkpoint: number } } }, position: number) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const { status, checkpoint } = runner.store.getState()
    if (status === 'live' && checkpoint === position) return
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  throw new Error(`runner did not reach position ${position}: ${JSON.stringify(runner.store.getState().checkpoint)}`)
}

describe.each(storages)('the projection runner on %s storage', (_, createStorage) => {
  let eventStore: EventStore
  let stops: Array<() => void> = []
  afterEach(async () => {
    stops.forEach((stop) => stop())
    stops = []
    await eventStore.close()
  })

  const startRunner = <Row>(
    storage: DerivedStorage,
    projection: Projection<Row> = orderSummaryProjection as unknown as Projection<Row>,
  ) => {
    const runner = createProjectionRunner(projection, eventStore, storage, () => 0)
    stops.push(runner.start())
    return runner
  }

  it('catches up from the log, then follows new events', async () => {
    eventStore = createInMemoryEventStore()
    await recordOrders(eventStore)
    const runner = startRunner(createStorage())
    await settled(runner, 15)
    await recordOrders(eventStore, 'late')
    await settled(runner, 30)
    expect(runner.store.getState().rows).toEqual(projectAll(orderSummaryProjection, await eventStore.readAll()))
  })

  it('catching up over many pages writes each changed row once, not once per event', async () => {
    eventStore = createInMemoryEventStore()
    // 3 pages of interleaved orders: every event changes its order's row.
    await eventStore.importEvents(interleavedOrderLog(30, 500, 'pages', 'pages'))
    const storage = createStorage()
    const written: number[] = []
    const counting: DerivedStorage = {
      ...storage,
      loadReadModel: (model) => storage.loadReadModel(model),
      clearReadModel: (model) => storage.clearReadModel(model),
      commitReadModel: (model, from, to, changes) => {
        written.push(changes.length)
        return storage.commitReadModel(model, from, to, changes)
      },
    }
    const runner = createProjectionRunner(orderSummaryProjection, eventStore, counting, () => 0)
    stops.push(runner.start())
    await settled(runner, 15_000)
    expect(written).toEqual([30])
    const expected = projectAll(orderSummaryProjection, await eventStore.readAll())
    expect(runner.store.getState().rows).toEqual(expected)
    expect(new Map((await storage.loadReadModel(orderSummaryProjection)).rows)).toEqual(expected)
  })

  it('writes nothing for events that change no row, and a restart folds them again to the same table', async () => {
    eventStore = createInMemoryEventStore()
    await recordOrders(eventStore)
    const storage = createStorage()
    let commits = 0
    const counting: DerivedStorage = {
      ...storage,
      loadReadModel: (model) => storage.loadReadModel(model),
      clearReadModel: (model) => storage.clearReadModel(model),
      commitReadModel: (...args) => {
        commits += 1
        return storage.commitReadModel(...args)
      },
    }
    const first = createProjectionRunner(orderSummaryProjection, eventStore, counting, () => 0)
    const stopFirst = first.start()
    await settled(first, 15)
    const afterCatchUp = commits
    // Another domain's events: the order summary reads none of them.
    for (let index = 1; index <= 5; index += 1) {
      await eventStore.append(`Account-a${index}`, [{ type: 'AccountOpened', data: { accountId: `a${index}` } }])
    }
    await settled(first, 20)
    expect(commits).toBe(afterCatchUp)
    expect((await storage.loadReadModel(orderSummaryProjection)).checkpoint).toBe(15)
    stopFirst()
    const second = startRunner(storage)
    await settled(second, 20)
    expect(second.store.getState().rows).toEqual(first.store.getState().rows)
  })

  it('applies an event delivered twice only once', async () => {
    eventStore = createInMemoryEventStore()
    await recordOrders(eventStore)
    const runner = startRunner<OrderSummaryRow>(createStorage())
    await settled(runner, 15)
    const log = await eventStore.readAll()
    await runner.deliver(log.slice(10))
    await runner.deliver(log)
    expect(runner.store.getState().rows.get('Order-o-4')?.totalCents).toBe(800)
    expect(runner.store.getState().checkpoint).toBe(15)
  })

  it('catches up after a reload from its stored checkpoint, reading only what it missed', async () => {
    eventStore = createInMemoryEventStore()
    const storage = createStorage()
    await recordOrders(eventStore)
    const first = startRunner(storage, salesReportProjection)
    await settled(first, 15)
    stops.pop()?.()
    await recordOrders(eventStore, 'while-closed')
    const reads: number[] = []
    const readAll = eventStore.readAll.bind(eventStore)
    eventStore.readAll = (options) => {
      reads.push(options?.fromPosition ?? 1)
      return readAll(options)
    }
    const second = startRunner(storage, salesReportProjection)
    await settled(second, 30)
    expect(reads[0]).toBe(16)
    expect(second.store.getState().rows).toEqual(projectAll(salesReportProjection, await readAll()))
  })

  it('rebuilds to the same table it maintained incrementally', async () => {
    eventStore = createInMemoryEventStore()
    const storage = createStorage()
    const runner = startRunner(storage)
    await recordOrders(eventStore)
    await settled(runner, 15)
    const incremental = runner.store.getState().rows
    await runner.rebuild()
    expect(runner.store.getState().rows).toEqual(incremental)
    expect((await storage.loadReadModel(orderSummaryProjection)).rows).toEqual([...incremental])
  })

  it('falls behind while paused and catches up on resume', async () => {
    eventStore = createInMemoryEventStore()
    const runner = startRunner(createStorage())
    await recordOrders(eventStore)
    await settled(runner, 15)
    await runner.setPaused(true)
    await recordOrders(eventStore, 'paused')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(runner.store.getState().checkpoint).toBe(15)
    await runner.setPaused(false)
    await settled(runner, 30)
  })

  it('lets two tabs share one table: the one that commits second reloads instead of applying twice', async () => {
    eventStore = createInMemoryEventStore()
    const storage = createStorage()
    const tabA = startRunner(storage)
    const tabB = startRunner(storage)
    await recordOrders(eventStore)
    await settled(tabA, 15)
    await settled(tabB, 15)
    const expected = projectAll(orderSummaryProjection, await eventStore.readAll())
    expect(tabA.store.getState().rows).toEqual(expected)
    expect(tabB.store.getState().rows).toEqual(expected)
    expect(new Map((await storage.loadReadModel(orderSummaryProjection)).rows)).toEqual(expected)
  })
})

describe('when a catch-up commits', () => {
  it('commits every 100,000 events for a small table, and a large table more rarely: a row written per 100 events at most', () => {
    expect(commitDue(EVENTS_PER_COMMIT - 1, 50)).toBe(false)
    expect(commitDue(EVENTS_PER_COMMIT, 50)).toBe(true)
    // 10,000 orders: a commit after a million events, not ten commits of 10,000 rows each.
    expect(commitDue(EVENTS_PER_COMMIT, 10_000)).toBe(false)
    expect(commitDue(999_999, 10_000)).toBe(false)
    expect(commitDue(EVENTS_PER_ROW_WRITTEN * 10_000, 10_000)).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { handleCommand, CommandRejectedError } from '../../../src/kernel/commands/handleCommand'
import { loadSample } from '../../../src/kernel/commands/loadSample'
import { createInMemoryEventStore } from '../../../src/kernel/eventstore'
import { createInMemoryDerivedStorage } from '../../../src/kernel/readside/derivedStorage'
import { createDomainRegistry, replayStream } from '../../../src/kernel/replayStream'
import { loadStreamState } from '../../../src/kernel/snapshots/loadStream'
import { auditTrail } from '../../../src/kernel/timeline/audit'
import { Timeline } from '../../../src/kernel/timeline/timeline'
import { createReadModels } from '../../../src/playground/readModels'
import { orderModule } from '../../../src/domains/order/module'
import { deciderSpec, projectionSpec, storedEvents } from '../../kit/deciderSpec'
import { counterModule, counterTotalsProjection, type CounterState } from './module'

const { given } = deciderSpec(counterModule.decider)

describe('the test-only Counter domain, through the test kit', () => {
  it('decides with given / when / then', () => {
    given()
      .when({ type: 'OpenCounter', counterId: 'c', label: 'laps' })
      .then({
        type: 'CounterOpened',
        data: { label: 'laps' },
      })
    given({ type: 'CounterOpened', data: { label: 'laps' } })
      .when({ type: 'Bump', counterId: 'c', by: 2 })
      .then({ type: 'Bumped', data: { by: 2 } })
    given()
      .when({ type: 'Bump', counterId: 'c', by: 1 })
      .thenRejects('CounterNotOpen', /not open/)
    given({ type: 'CounterOpened', data: { label: 'laps' } })
      .when({ type: 'Bump', counterId: 'c', by: 0 })
      .thenRejects('InvalidBump')
  })

  it('projects with given / then', () => {
    projectionSpec(counterTotalsProjection)
      .given(
        ...storedEvents([
          { streamId: 'Counter-a', type: 'CounterOpened', data: { label: 'laps' } },
          { streamId: 'Counter-a', type: 'Bumped', data: { by: 2 } },
          { streamId: 'Counter-b', type: 'CounterOpened', data: { label: 'cups' } },
          { streamId: 'Counter-a', type: 'Bumped', data: { by: 5 } },
        ]),
      )
      .then({ 'Counter-a': { label: 'laps', total: 7 }, 'Counter-b': { label: 'cups', total: 0 } })
  })
})

describe('the kernel runs a domain it has never heard of', () => {
  it('handles commands: load, decide, append at the expected version with the module schema version', async () => {
    const store = createInMemoryEventStore({ sessionId: 'tab-test' })
    await handleCommand(counterModule, store, { type: 'OpenCounter', counterId: 'c-1', label: 'laps' })
    const outcome = await handleCommand(counterModule, store, { type: 'Bump', counterId: 'c-1', by: 4 })
    expect(outcome.state).toMatchObject({ status: 'open', total: 4, version: 2 })
    const stored = await store.readStream('Counter-c-1')
    expect(stored.map((event) => [event.type, event.version, event.metadata.schemaVersion])).toEqual([
      ['CounterOpened', 1, 1],
      ['Bumped', 2, 1],
    ])
    await expect(handleCommand(counterModule, store, { type: 'Bump', counterId: 'c-1', by: 500 })).rejects.toThrow(
      CommandRejectedError,
    )
    expect(await store.streamVersion('Counter-c-1')).toBe(2)
  })

  it('stamps every event it appends with the module’s schema version, not the store’s default', async () => {
    const store = createInMemoryEventStore({ sessionId: 'tab-test' })
    const third = { ...counterModule, schemaVersion: 3 }
    await handleCommand(third, store, { type: 'OpenCounter', counterId: 'v3', label: 'laps' })
    await handleCommand(third, store, { type: 'OpenCounter', counterId: 'v3-b', label: 'cups' })
    expect((await store.readAll()).map((event) => event.metadata.schemaVersion)).toEqual([3, 3])
  })

  it('folds each stream with its own module on one timeline, beside the Order', async () => {
    const store = createInMemoryEventStore({ sessionId: 'tab-test' })
    await loadSample(counterModule, store, 'tab-test')
    await handleCommand(orderModule, store, { type: 'CreateOrder', orderId: 'o-1', customerId: 'c' })
    await handleCommand(counterModule, store, { type: 'Bump', counterId: 'c-1', by: 2 })
    const timeline = new Timeline(createDomainRegistry([orderModule, counterModule]), 2)
    timeline.append(await store.readAll())
    expect([...timeline.statesAt<CounterState>('Counter', 4).values()].map((state) => state.total)).toEqual([5])
    expect([...timeline.statesAt<CounterState>('Counter', 2).values()].map((state) => state.total)).toEqual([3])
    expect(timeline.statesAt('Order', 4).size).toBe(1)
    expect(timeline.streamCountAt(4)).toBe(2)
    const trail = auditTrail(counterModule, timeline.streamEvents('Counter-c-1'))
    expect(trail.map((entry) => entry.changes)).toEqual([['no change to the state'], ['total 0 → 3'], ['total 3 → 5']])
  })

  it('loads from a snapshot plus the tail the same state as a full replay', async () => {
    const store = createInMemoryEventStore({ sessionId: 'tab-test' })
    await store.append('Counter-long', [...counterModule.longStream('long', 30)])
    const policy = { store: createInMemoryDerivedStorage(), every: () => 7, now: () => '2026-11-22T00:00:00.000Z' }
    await loadStreamState(counterModule, store, 'Counter-long', policy)
    const loaded = await loadStreamState(counterModule, store, 'Counter-long', policy)
    expect(loaded.snapshotVersion).toBe(28)
    expect(loaded.state).toEqual(replayStream(counterModule, await store.readStream('Counter-long')))
  })

  it('keeps its read model with every other domain’s, each by its own runner', async () => {
    const store = createInMemoryEventStore({ sessionId: 'tab-test' })
    const readModels = createReadModels(
      createDomainRegistry([orderModule, counterModule]),
      store,
      createInMemoryDerivedStorage(),
      () => 0,
    )
    expect([...readModels.keys()]).toEqual(['orderSummary', 'salesReport', 'customerHistory', 'counterTotals'])
    const runner = readModels.get('counterTotals')
    const stop = runner?.start()
    await loadSample(counterModule, store, 'tab-test')
    await runner?.idle()
    expect(Object.fromEntries(runner?.store.getState().rows ?? [])).toEqual({
      'Counter-c-1': { label: 'laps', total: 3 },
    })
    stop?.()
  })

  it('refuses two modules of one category, and two projections of one name', () => {
    expect(() => createDomainRegistry([counterModule, counterModule])).toThrow('Two domains have the category Counter.')
    const twin = { ...counterModule, category: 'Twin' }
    expect(() =>
      createReadModels(
        createDomainRegistry([counterModule, twin]),
        createInMemoryEventStore(),
        createInMemoryDerivedStorage(),
        () => 0,
      ),
    ).toThrow('Two projections are named counterTotals.')
  })
})

import { describe, expect, it } from 'vitest'
import { ConcurrencyError, createDexieEventStore, type RecordedEvent } from '../../../src/kernel/eventstore'
import { describeEventStoreContract, event } from './contract'
import { waitFor } from '../../kit/waiting'
import { dexieConnections } from './dexieConnections'
import { describeImportContract, importLog } from './importContract'

let databaseCount = 0
const freshName = () => `contract-${process.pid}-${++databaseCount}`

describeEventStoreContract('Dexie on fake-indexeddb', (options) =>
  createDexieEventStore({ ...options, databaseName: freshName() }),
)
describeImportContract('Dexie on fake-indexeddb', (options) =>
  createDexieEventStore({ ...options, databaseName: freshName() }),
)

describe('Dexie adapter across connections', () => {
  const { connect, freshName } = dexieConnections('across')

  it('keeps events after the connection closes and a new one opens', async () => {
    const name = freshName()
    const first = connect(name, 'tab-a')
    await first.append('Order-a', [event('OrderCreated'), event()])
    await first.close()
    const second = connect(name, 'tab-b')
    expect((await second.readStream('Order-a')).map((e) => [e.version, e.metadata.sessionId])).toEqual([
      [1, 'tab-a'],
      [2, 'tab-a'],
    ])
    expect(await second.streamVersion('Order-a')).toBe(2)
  })

  it('fault 1: two tabs at one stale expected version: exactly one wins and the loser’s whole batch is refused, 20 times over', async () => {
    const name = freshName()
    const tabA = connect(name, 'tab-a')
    const tabB = connect(name, 'tab-b')
    await tabA.append('Order-a', [event('OrderCreated')])
    const batch = (round: number, tab: string) => [1, 2, 3].map((n) => event('ItemAdded', { round, tab, n }))
    for (let round = 0; round < 20; round += 1) {
      const expectedVersion = 1 + 3 * round
      const outcomes = await Promise.allSettled([
        tabA.append('Order-a', batch(round, 'a'), { expectedVersion }),
        tabB.append('Order-a', batch(round, 'b'), { expectedVersion }),
      ])
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1)
      const loser = outcomes.find((o) => o.status === 'rejected')
      expect(loser?.status === 'rejected' && loser.reason).toBeInstanceOf(ConcurrencyError)
      expect(loser?.status === 'rejected' && loser.reason).toMatchObject({
        expectedVersion,
        actualVersion: expectedVersion + 3,
      })
    }
    const stream = await tabB.readStream('Order-a')
    expect(stream.map((e) => e.version)).toEqual(Array.from({ length: 61 }, (_, i) => i + 1))
    // Each round's three events came from one tab: no batch was split or mixed.
    for (let round = 0; round < 20; round += 1) {
      const tabs = stream.slice(1 + 3 * round, 4 + 3 * round).map((e) => (e.data as { tab: string }).tab)
      expect(new Set(tabs).size).toBe(1)
    }
    expect((await tabA.readAll()).map((e) => e.position)).toEqual(Array.from({ length: 61 }, (_, i) => i + 1))
  })

  it('fault 2: two tabs creating one order with no_stream: exactly one wins', async () => {
    const name = freshName()
    const tabA = connect(name, 'tab-a')
    const tabB = connect(name, 'tab-b')
    for (let round = 0; round < 10; round += 1) {
      const outcomes = await Promise.allSettled(
        [tabA, tabB].map((tab) =>
          tab.append(`Order-${round}`, [event('OrderCreated')], { expectedVersion: 'no_stream' }),
        ),
      )
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1)
      expect(await tabA.streamVersion(`Order-${round}`)).toBe(1)
    }
  })

  it('fault 10: a reader never sees position n+1 before n while two tabs write', async () => {
    const name = freshName()
    const writers = [connect(name, 'tab-a'), connect(name, 'tab-b')]
    const reader = connect(name, 'tab-reader')
    const heard: number[] = []
    reader.subscribe((events) => heard.push(...events.map((e) => e.position)))
    await reader.readAll()
    let writing = true
    const writes = Promise.all(
      writers.map(async (writer, index) => {
        for (let n = 0; n < 40; n += 1) await writer.append(`Order-${index}-${n}`, [event('OrderCreated'), event()])
      }),
    ).finally(() => (writing = false))
    let reads = 0
    while (writing) {
      const positions = (await reader.readAll()).map((e) => e.position)
      expect(positions).toEqual(positions.map((_, i) => i + 1))
      reads += 1
    }
    await writes
    await waitFor(
      () => heard.length,
      (count) => count >= 160,
    )
    expect(heard).toEqual(Array.from({ length: 160 }, (_, i) => i + 1))
    expect(reads).toBeGreaterThan(1)
  })

  it('tells another connection when the store is cleared, and delivers from position 1 again', async () => {
    const name = freshName()
    const tabA = connect(name, 'tab-a')
    const tabB = connect(name, 'tab-b')
    const heardByB: number[] = []
    let clearedInB = 0
    tabB.subscribe((events) => heardByB.push(...events.map((e) => e.position)))
    tabB.onCleared(() => {
      clearedInB += 1
    })
    await tabB.readAll()
    await tabA.append('Order-a', [event('OrderCreated')])
    await waitFor(
      () => heardByB.length,
      (n) => n >= 1,
    )
    await tabA.clear()
    await waitFor(
      () => clearedInB,
      (n) => n >= 1,
    )
    await tabA.append('Order-b', [event('OrderCreated')])
    await waitFor(
      () => heardByB.length,
      (n) => n >= 2,
    )
    expect(clearedInB).toBe(1)
    expect(heardByB).toEqual([1, 1])
  })

  it('tells a subscriber on one connection about appends made through another', async () => {
    const name = freshName()
    const tabA = connect(name, 'tab-a')
    const tabB = connect(name, 'tab-b')
    const heardByB: RecordedEvent[] = []
    tabB.subscribe((events) => heardByB.push(...events))
    await tabB.readAll() // let B finish opening before A writes
    await tabA.append('Order-a', [event('OrderCreated'), event()])
    await tabA.append('Order-b', [event('OrderCreated')])
    await waitFor(
      () => heardByB.length,
      (n) => n >= 3,
    )
    expect(heardByB.map((e) => [e.position, e.streamId, e.metadata.sessionId])).toEqual([
      [1, 'Order-a', 'tab-a'],
      [2, 'Order-a', 'tab-a'],
      [3, 'Order-b', 'tab-a'],
    ])
  })
})

describe('Dexie adapter: a long import', () => {
  it('hands its listeners the import a batch of 2,000 a task, in order, each event once', async () => {
    const store = createDexieEventStore({ databaseName: freshName(), sessionId: 'tab-a' })
    await store.append('Counter-first', [event('CounterOpened')])
    const batches: number[][] = []
    store.subscribe((events) => batches.push(events.map((e) => e.position)))
    let turns = 0
    const counting = setInterval(() => (turns += 1), 0)
    const result = await store.importEvents(importLog(10, 500)).finally(() => clearInterval(counting))
    expect(result).toEqual({ imported: 5_000, lastPosition: 5_001 })
    await waitFor(
      () => batches.flat().at(-1),
      (last) => last === 5_001,
    )
    const imported = batches.filter((batch) => batch.some((position) => position > 1))
    expect(imported.map((batch) => batch.length)).toEqual([2_000, 2_000, 1_000])
    expect(imported.flat()).toEqual(Array.from({ length: 5_000 }, (_, index) => index + 2))
    expect(turns).toBeGreaterThan(0)
    await store.close()
  })
})

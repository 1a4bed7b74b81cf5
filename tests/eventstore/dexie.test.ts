import { afterEach, describe, expect, it } from 'vitest'
import { ConcurrencyError, createDexieEventStore, type EventStore, type RecordedEvent } from '../../src/eventstore'
import { describeEventStoreContract, event, waitFor } from './contract'
import { describeImportContract } from './importContract'

let databaseCount = 0
const freshName = () => `contract-${process.pid}-${++databaseCount}`

describeEventStoreContract('Dexie on fake-indexeddb', (options) =>
  createDexieEventStore({ ...options, databaseName: freshName() }),
)
describeImportContract('Dexie on fake-indexeddb', (options) =>
  createDexieEventStore({ ...options, databaseName: freshName() }),
)

describe('Dexie adapter across connections', () => {
  const opened: EventStore[] = []
  const connect = (databaseName: string, sessionId: string): EventStore => {
    const store = createDexieEventStore({ databaseName, sessionId })
    opened.push(store)
    return store
  }
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()))
  })

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

  it('lets exactly one of two connections racing at one expected version win, 20 times over', async () => {
    const name = freshName()
    const tabA = connect(name, 'tab-a')
    const tabB = connect(name, 'tab-b')
    await tabA.append('Order-a', [event('OrderCreated')])
    for (let round = 1; round <= 20; round += 1) {
      const outcomes = await Promise.allSettled([
        tabA.append('Order-a', [event('ItemAdded', { round, tab: 'a' })], { expectedVersion: round }),
        tabB.append('Order-a', [event('ItemAdded', { round, tab: 'b' })], { expectedVersion: round }),
      ])
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1)
      const loser = outcomes.find((o) => o.status === 'rejected')
      expect(loser?.status === 'rejected' && loser.reason).toBeInstanceOf(ConcurrencyError)
    }
    const stream = await tabB.readStream('Order-a')
    expect(stream.map((e) => e.version)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1))
    expect((await tabA.readAll()).map((e) => e.position)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1))
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

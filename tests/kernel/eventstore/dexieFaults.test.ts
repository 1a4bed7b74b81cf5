import { afterEach, describe, expect, it } from 'vitest'
import { createDexieEventStore, StorageFullError, type EventStore } from '../../../src/kernel/eventstore'
import { event } from './contract'
import { importLog } from './importContract'
import { quotaExceededFrom } from './quotaExceeded'

let databaseCount = 0
const freshName = () => `faults-${process.pid}-${++databaseCount}`

describe('fault 6: the browser’s storage is full during a write (Dexie adapter)', () => {
  const opened: EventStore[] = []
  let restore = () => {}
  const open = () => {
    const store = createDexieEventStore({ databaseName: freshName(), sessionId: 'tab-a' })
    opened.push(store)
    return store
  }
  afterEach(async () => {
    restore()
    await Promise.all(opened.splice(0).map((store) => store.close()))
  })

  it('rejects an append that fails halfway with StorageFullError and stores none of it', async () => {
    const store = open()
    await store.append('Counter-a', [event('CounterOpened'), event()])
    const before = await store.readAll()
    restore = quotaExceededFrom(2) // the second event of the batch fails, after the first was added
    const error = await store.append('Counter-a', [event(), event(), event()]).catch((caught: unknown) => caught)
    restore()
    expect(error).toBeInstanceOf(StorageFullError)
    expect(await store.readAll()).toEqual(before)
    expect(await store.streamVersion('Counter-a')).toBe(2)
    // No gap is left behind: the next write takes the very next position.
    expect(await store.append('Counter-a', [event()], { expectedVersion: 2 })).toEqual({
      nextExpectedVersion: 3,
      lastPosition: 3,
    })
  })

  it('rejects an import that fails in its second chunk and stores none of it, replacing or not', async () => {
    const store = open()
    await store.append('Counter-kept', [event('CounterOpened')])
    const before = await store.readAll()
    const log = importLog(6000, 1) // 6,000 events: two chunks of the one transaction
    for (const replace of [false, true]) {
      restore = quotaExceededFrom(5500)
      await expect(store.importEvents(log, { replace })).rejects.toBeInstanceOf(StorageFullError)
      restore()
      expect(await store.readAll()).toEqual(before)
    }
  })

  it('tells nobody about the write that failed', async () => {
    const store = open()
    const heard: number[] = []
    store.subscribe((events) => heard.push(...events.map((e) => e.position)))
    restore = quotaExceededFrom(1)
    await expect(store.append('Counter-a', [event('CounterOpened')])).rejects.toBeInstanceOf(StorageFullError)
    restore()
    await store.append('Counter-b', [event('CounterOpened')])
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(heard).toEqual([1])
  })
})

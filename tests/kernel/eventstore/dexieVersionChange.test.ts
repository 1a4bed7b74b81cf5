import { afterEach, describe, expect, it } from 'vitest'
import {
  createDexieEventStore,
  StoreClosedError,
  SUPERSEDED_MESSAGE,
  type EventStore,
} from '../../../src/kernel/eventstore'
import { event } from './contract'
import { waitFor } from '../../kit/waiting'

let databaseCount = 0
const freshName = () => `version-change-${process.pid}-${++databaseCount}`

/** Opens the database with plain IndexedDB, as another tab running another version would. */
function openRaw(name: string, version: number, onVersionChange: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version)
    request.onsuccess = () => {
      request.result.onversionchange = () => onVersionChange(request.result)
      resolve(request.result)
    }
    request.onerror = () => reject(request.error ?? new Error('open failed'))
  })
}

describe('fault 8: another tab opens a newer database schema', () => {
  const opened: EventStore[] = []
  const raw: IDBDatabase[] = []
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()))
    for (const db of raw.splice(0)) db.close()
  })

  it('closes this connection so the upgrade goes on, says so, and refuses later calls with a reason', async () => {
    const name = freshName()
    let told = 0
    const store = createDexieEventStore({
      databaseName: name,
      sessionId: 'old-tab',
      onVersionChange: () => (told += 1),
    })
    opened.push(store)
    await store.append('Order-a', [event('OrderCreated')])
    // The newer tab asks for a higher version; it is not blocked, because this tab lets go.
    const newer = await openRaw(name, 1000, () => undefined)
    raw.push(newer)
    expect(newer.version).toBe(1000)
    expect(told).toBe(1)
    const error = await store.append('Order-a', [event()]).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(StoreClosedError)
    expect((error as Error).message).toBe(SUPERSEDED_MESSAGE)
    await expect(store.readAll()).rejects.toThrow(SUPERSEDED_MESSAGE)
  })

  it('reports an open that waits on an older tab, and carries on once that tab lets go', async () => {
    const name = freshName()
    // An older tab that does not close when asked: the open below is blocked by it.
    const older = await openRaw(name, 1, () => undefined)
    let blocked = 0
    const store = createDexieEventStore({ databaseName: name, sessionId: 'new-tab', onBlocked: () => (blocked += 1) })
    opened.push(store)
    let settled = false
    const reading = store.readAll().finally(() => (settled = true))
    await waitFor(
      () => blocked,
      (count) => count >= 1,
    )
    expect(settled).toBe(false)
    older.close()
    expect(await reading).toEqual([])
    await store.append('Order-a', [event('OrderCreated')])
    expect(await store.streamVersion('Order-a')).toBe(1)
  })
})

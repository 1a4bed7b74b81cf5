import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { createDexieEventStore, type EventStore, type RecordedEvent } from '../../../src/kernel/eventstore'
import { event } from './contract'
import { importLog } from './importContract'

let databaseCount = 0
const freshName = () => `pages-${process.pid}-${++databaseCount}`

/** Runs `work` on one object store of the database with plain IndexedDB, past the event store. */
function rawStore<T>(name: string, store: 'events' | 'pages', work: (objects: IDBObjectStore) => IDBRequest<T>) {
  return new Promise<T>((resolve, reject) => {
    const open = indexedDB.open(name)
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const db = open.result
      const request = work(db.transaction(store, 'readwrite').objectStore(store))
      request.onsuccess = () => {
        db.close()
        resolve(request.result)
      }
      request.onerror = () => reject(request.error)
    }
  })
}
const pageCount = (name: string) => rawStore(name, 'pages', (pages) => pages.count())
/** Polls an async read until `done` holds; fails the test after about two seconds. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const value = await read()
    if (done(value)) return value
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error('the pages did not come to what was expected')
}
/** Waits until the store has written `count` pages. */
const pagesWritten = (name: string, count: number) =>
  eventually(
    () => pageCount(name),
    (written) => written === count,
  )
const positionsOf = (events: readonly RecordedEvent[]) => events.map((recorded) => recorded.position)

describe('the log pages (the Dexie adapter’s read cache)', () => {
  const opened: EventStore[] = []
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()))
  })
  /** A store with pages of 10 events, written as soon as a whole read finds them missing. */
  const connect = (databaseName: string) => {
    const store = createDexieEventStore({ databaseName, sessionId: 'tab-a', logPageSize: 10, sealDelayMs: 0 })
    opened.push(store)
    return store
  }
  /** Imports 35 events, reads them all, and waits until the 3 whole pages they fill are written. */
  const pagedStore = async (databaseName: string) => {
    const store = connect(databaseName)
    await store.importEvents(importLog(7, 5, 'paged'))
    const before = await store.readAll()
    await pagesWritten(databaseName, 3)
    return { store, before }
  }

  it('writes a page for every whole run of events after a whole read, and reads the same log back from them', async () => {
    const name = freshName()
    const { store, before } = await pagedStore(name)
    expect(positionsOf(before)).toEqual(Array.from({ length: 35 }, (_, index) => index + 1))
    expect(await store.readAll()).toEqual(before)
    // From the pages indeed: an event changed past the store in the middle of a page is not seen.
    await rawStore(name, 'events', (events) => events.put({ ...before[4], data: { changed: true } }))
    expect((await store.readAll())[4]?.data).toEqual(before[4]?.data)
    // A read from a position, and a read of a stream, read the events themselves.
    expect((await store.readAll({ fromPosition: 5, limit: 1 }))[0]?.data).toEqual({ changed: true })
  })

  it('lets appends after the last page through, and pages them on a later whole read', async () => {
    const name = freshName()
    const { store } = await pagedStore(name)
    await store.append('Counter-late', [event(), event(), event(), event(), event()])
    const all = await store.readAll()
    expect(positionsOf(all).slice(-6)).toEqual([35, 36, 37, 38, 39, 40])
    await pagesWritten(name, 4)
    expect(await store.readAll()).toEqual(all)
  })

  it('deletes every page when the store is cleared, in the same transaction', async () => {
    const name = freshName()
    const { store } = await pagedStore(name)
    await store.clear()
    expect(await pageCount(name)).toBe(0)
    await store.append('Counter-new', [event('CounterOpened'), event()])
    expect((await store.readAll()).map((recorded) => recorded.streamId)).toEqual(['Counter-new', 'Counter-new'])
  })

  it('deletes every page when an import replaces the log, so the new events are read, not the old pages', async () => {
    const name = freshName()
    const { store } = await pagedStore(name)
    const replacing = importLog(3, 4, 'replacing')
    await store.importEvents(replacing, { replace: true })
    // Pages of the new log may be written already; none of the old one may be left.
    const pagesLeft = (await rawStore(name, 'pages', (pages) => pages.getAll())) as { firstEventId: string }[]
    const newIds = new Set(replacing.map((imported) => imported.eventId))
    expect(pagesLeft.filter((page) => !newIds.has(page.firstEventId))).toEqual([])
    const all = await store.readAll()
    expect(all.map((recorded) => recorded.eventId)).toEqual(replacing.map((imported) => imported.eventId))
  })

  it('leaves out pages that do not match the events, and pages the log again', async () => {
    const name = freshName()
    const { store } = await pagedStore(name)
    // Rewritten past the store, as a test's seeding does: the events at the pages' ends are others now.
    const rewritten = importLog(7, 5, 'rewritten')
    const rows = (await store.readAll()).map((recorded, index) => ({
      ...recorded,
      eventId: rewritten[index]?.eventId ?? recorded.eventId,
    }))
    await rawStore(name, 'events', (events) => events.clear())
    for (const row of rows) await rawStore(name, 'events', (events) => events.put(row))
    expect((await store.readAll()).map((recorded) => recorded.eventId)).toEqual(rows.map((row) => row.eventId))
    await eventually(
      () => rawStore(name, 'pages', (pages) => pages.get(1)),
      (page) => (page as { lastEventId?: string } | undefined)?.lastEventId === rows[9]?.eventId,
    )
  })

  it('ignores a page whose text is not what it says', async () => {
    const name = freshName()
    const { store, before } = await pagedStore(name)
    const page = (await rawStore(name, 'pages', (pages) => pages.get(11))) as Record<string, unknown>
    await rawStore(name, 'pages', (pages) => pages.put({ ...page, events: '[{"broken": true}]' }))
    expect(await store.readAll()).toEqual(before)
  })

  it('upgrades a database written before pages existed, keeping its events, and pages them', async () => {
    const name = freshName()
    const older = new Dexie(name)
    older.version(1).stores({ events: 'position, &eventId, &[streamId+version]' })
    const written = connect(freshName())
    await written.importEvents(importLog(4, 5, 'older'))
    const rows = await written.readAll()
    await older.table('events').bulkAdd(rows)
    older.close()
    const store = connect(name)
    expect(await store.readAll()).toEqual(rows)
    await pagesWritten(name, 2)
    expect(await store.readAll()).toEqual(rows)
  })

  it('never pages events that an import replaces while the page is being written', async () => {
    const name = freshName()
    const store = connect(name)
    await store.importEvents(importLog(8, 5, 'old'))
    await store.readAll() // starts writing pages at once
    const replacing = importLog(8, 5, 'new')
    await store.importEvents(replacing, { replace: true })
    await store.close()
    const reopened = connect(name)
    const all = await reopened.readAll()
    expect(all.map((recorded) => recorded.eventId)).toEqual(replacing.map((imported) => imported.eventId))
  })
})

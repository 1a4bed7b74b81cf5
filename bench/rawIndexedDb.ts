import type { RecordedEvent } from '../src/eventstore'

/** Opens a database with the same store and indexes as the Dexie adapter's, in plain IndexedDB. */
export function openRawEventDb(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1)
    request.onupgradeneeded = () => {
      const events = request.result.createObjectStore('events', { keyPath: 'position' })
      events.createIndex('eventId', 'eventId', { unique: true })
      events.createIndex('[streamId+version]', ['streamId', 'version'], { unique: true })
    }
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`))
  })
}

export function deleteDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error ?? new Error(`cannot delete ${name}`))
  })
}

const done = (transaction: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve()
    transaction.onerror = () => reject(transaction.error ?? new Error('transaction failed'))
    transaction.onabort = () => reject(transaction.error ?? new Error('transaction aborted'))
  })

/** The import baseline: every record `put` in one readwrite transaction. */
export async function putAllInOneTransaction(db: IDBDatabase, records: readonly RecordedEvent[]): Promise<void> {
  const transaction = db.transaction('events', 'readwrite')
  const store = transaction.objectStore('events')
  for (const record of records) store.put(record)
  await done(transaction)
}

/** The command baseline: read the stream's last version and the last position, then add one event, in one transaction. */
export async function readThenAdd(db: IDBDatabase, record: Omit<RecordedEvent, 'position' | 'version'>): Promise<void> {
  const transaction = db.transaction('events', 'readwrite')
  const store = transaction.objectStore('events')
  const range = IDBKeyRange.bound([record.streamId, 0], [record.streamId, Number.MAX_SAFE_INTEGER])
  const lastOfStream = store.index('[streamId+version]').openCursor(range, 'prev')
  const lastOfLog = store.openCursor(null, 'prev')
  let version = 0
  let position = 0
  let pending = 2
  const add = () => {
    pending -= 1
    if (pending === 0) store.add({ ...record, version: version + 1, position: position + 1 })
  }
  lastOfStream.onsuccess = () => {
    version = (lastOfStream.result?.value as RecordedEvent | undefined)?.version ?? 0
    add()
  }
  lastOfLog.onsuccess = () => {
    position = (lastOfLog.result?.value as RecordedEvent | undefined)?.position ?? 0
    add()
  }
  await done(transaction)
}

/** The cold-start baseline: the whole store read with one getAll. */
export async function getAllEvents(name: string): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`))
  })
  const request = db.transaction('events').objectStore('events').getAll()
  const events = await new Promise<unknown[]>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('getAll failed'))
  })
  db.close()
  return events.length
}

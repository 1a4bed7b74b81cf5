import type { RecordedEvent } from '../src/kernel/eventstore'

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

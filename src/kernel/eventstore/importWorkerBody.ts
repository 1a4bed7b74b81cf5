import { planImport } from './importPlan'
import type { FromImportWorker, ImportWorkerScope } from './importWorkerProtocol'
import type { ImportEvent, RecordedEvent } from './types'

/** A key no event has (positions start at 1): what the worker reads to keep its transaction open. */
const NO_POSITION = 0

interface Chunk {
  readonly events: readonly ImportEvent[]
  readonly from: number
  readonly end: number
}

/**
 * The import's worker: writes an import in one IndexedDB transaction of its own connection, so
 * that a million `add` requests, and the collector's work on them, stay off the page's thread.
 *
 * A transaction takes requests only in the task that opened it and in its requests' callbacks, and
 * commits by itself once none is left. The page's chunks come as messages, outside both: they are
 * queued, and written from the next callback. While nothing is being written the worker keeps one
 * cheap read in flight (as Dexie's `waitFor` does), whose callback writes what has come meanwhile.
 * Once the page says `commit`, the reads stop and the transaction commits after the last write.
 */
export function serveImport(scope: ImportWorkerScope, indexedDB: IDBFactory): void {
  const tell = (message: FromImportWorker) => scope.postMessage(message)
  const queued: Chunk[] = []
  let transaction: IDBTransaction | undefined
  let events: IDBObjectStore | undefined
  let lastPosition = 0
  let writing = 0
  let waiting = false
  let committing = false
  let ended = false

  const fail = (error: DOMException | Error | null, fallback: string) => {
    if (ended) return
    ended = true
    tell({ kind: 'failed', name: error?.name ?? 'AbortError', message: error?.message ?? fallback })
  }

  /** Aborts the transaction; false when there is none or it has ended already. Its `onabort` tells the page. */
  const stop = (): boolean => {
    try {
      transaction?.abort()
      return transaction !== undefined
    } catch {
      return false
    }
  }

  /** Writes one chunk; its last add's callback tells the page and writes what came meanwhile. */
  const write = (store: IDBObjectStore, chunk: Chunk) => {
    writing += 1
    let last: IDBRequest | undefined
    // A failed add aborts the transaction (its error event is not prevented): `onabort` tells.
    for (const record of planImport(chunk.events, lastPosition + chunk.from)) last = store.add(record)
    const written = () => {
      writing -= 1
      tell({ kind: 'written', end: chunk.end })
      pump()
    }
    if (last) last.onsuccess = written
    else written()
  }

  /** Called only where the transaction takes requests: writes the queue, else keeps a read in flight. */
  const pump = () => {
    if (ended || !events) return
    const store = events
    try {
      while (queued.length > 0) write(store, queued.shift()!)
    } catch (error) {
      // An add refused at once (a full disk can, a record IndexedDB cannot hold): nothing is kept.
      fail(error instanceof Error ? error : null, 'The import could not be written: nothing was written')
      stop()
      return
    }
    if (writing > 0 || waiting || committing) return
    waiting = true
    store.get(NO_POSITION).onsuccess = () => {
      waiting = false
      pump()
    }
  }

  const begin = (databaseName: string, replace: boolean) => {
    const opening = indexedDB.open(databaseName)
    opening.onerror = () => fail(opening.error, `Could not open ${databaseName}`)
    opening.onsuccess = () => {
      const db = opening.result
      // Another tab upgrading the database waits for this transaction, then has the database.
      db.onversionchange = () => db.close()
      const started = db.transaction(['events', 'pages'], 'readwrite')
      transaction = started
      started.onabort = () => {
        fail(started.error, 'The import was stopped: nothing was written')
        db.close()
      }
      started.oncomplete = () => {
        ended = true
        tell({ kind: 'committed' })
        db.close()
      }
      const store = started.objectStore('events')
      if (replace) {
        store.clear()
        started.objectStore('pages').clear()
      }
      const last = store.openCursor(null, 'prev')
      last.onsuccess = () => {
        const previous = last.result?.value as RecordedEvent | undefined
        lastPosition = previous?.position ?? 0
        events = store
        tell({ kind: 'begun', previous })
        pump()
      }
    }
  }

  scope.addEventListener('message', ({ data: message }) => {
    if (message.kind === 'begin') begin(message.databaseName, message.replace)
    else if (message.kind === 'write') queued.push(message)
    // No more reads to keep it open: the transaction commits once the last write is stored.
    else if (message.kind === 'commit') committing = true
    else if (!stop()) fail(null, 'The import was stopped: nothing was written')
  })
}

import Dexie from 'dexie'
import { DuplicateEventIdError } from './errors'
import { importedStreams, planImport, refuseOverlap, validateImportInSlices } from './importPlan'
import type { PagedTables } from './logPages'
import type { ImportEvent, ImportOptions, RecordedEvent } from './types'
import { writeInChunks } from './writePacer'

/**
 * Writes an import in one transaction and returns the event the store held before it (undefined:
 * none). Each chunk of `IMPORT_CHUNK` events is checked, planned and handed to IndexedDB while
 * the chunks before it are still being written, so the page's work and the database's overlap;
 * `createWritePacer` decides when the page waits, so that its work comes in short tasks, the page
 * paints between them and progress shows.
 *
 * Nothing is looked up first: a bad event aborts the transaction where the check finds it, and
 * an imported stream the store already has, or an event id it already holds, fails its add on a
 * unique index. `throwImportClash` then says which (an error aborts all of it).
 */
export function writeImport(
  tables: PagedTables,
  lastEvent: () => Promise<RecordedEvent | undefined>,
  importing: readonly ImportEvent[],
  options: ImportOptions | undefined,
): Promise<RecordedEvent | undefined> {
  const { db, events, pages } = tables
  return db.transaction('rw', events, pages, async (transaction) => {
    // The positions are given to other events: the pages of the old ones go with them.
    if (options?.replace) await Promise.all([events.clear(), pages.clear()])
    const previous = await lastEvent()
    const store = transaction.idbtrans.objectStore(events.name)
    await writeInChunks(importing, options?.onProgress, (start, end) =>
      addAll(store, planImport(importing, previous?.position ?? 0, start, end)),
    )
    return previous
  })
}

/**
 * Adds records with IndexedDB's own `add`, past Dexie's middleware, which a million adds would
 * pay for in time and in objects for the collector. Resolves once the last is stored (a
 * transaction's requests complete in order); the first that fails rejects with its error and,
 * not prevented, aborts the transaction.
 */
function addAll(store: IDBObjectStore, records: readonly RecordedEvent[]): Promise<void> {
  // Dexie's own promise: awaiting it keeps the transaction's zone (see Dexie's "native async").
  return new Dexie.Promise<void>((resolve, reject) => {
    const failed = (event: Event) => reject((event.target as IDBRequest).error ?? new Error('add failed'))
    let last: IDBRequest | undefined
    for (const record of records) {
      last = store.add(record)
      last.onerror = failed
    }
    if (last) last.onsuccess = () => resolve()
    else resolve()
  })
}

/**
 * Throws why an import's add met a unique index: a bad event anywhere in it (an id it repeats,
 * or any event past the clash, where the checks stopped), else the imported streams the store
 * already has, else the event id it already holds. Read after the transaction aborted, so the
 * store is as it was.
 */
export async function throwImportClash(
  tables: Pick<PagedTables, 'events'>,
  importing: readonly ImportEvent[],
): Promise<never> {
  await validateImportInSlices(importing)
  const streams = importedStreams(importing)
  // A stream exists when its version 1 does: one index walk for every imported stream at once.
  const firstEvents = await tables.events
    .where('[streamId+version]')
    .anyOf(streams.map((streamId) => [streamId, 1]))
    .keys()
  const existing = new Set(firstEvents.map((key) => (key as unknown as [string, number])[0]))
  refuseOverlap(streams.filter((streamId) => existing.has(streamId)))
  const clash = await tables.events
    .where('eventId')
    .anyOf(importing.map((event) => event.eventId))
    .first()
  throw new DuplicateEventIdError(clash?.eventId ?? '(unknown)', 'is already in the store: nothing was imported')
}

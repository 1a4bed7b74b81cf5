import {
  createDexieEventStore,
  createInMemoryEventStore,
  startImportWorker,
  type EventStore,
} from '../../kernel/eventstore'
import { createInMemoryDerivedStorage, type DerivedStorage } from '../../kernel/readside/derivedStorage'
import { createDexieDerivedStorage } from '../../kernel/readside/dexieDerivedStorage'
import { createDexieProgressStore, createInMemoryProgressStore, type ProgressStore } from './progressStore'

/** Where this tab keeps its events, and why not IndexedDB when it could not. */
export interface StorageChoice {
  readonly eventStore: EventStore
  readonly progressStore: ProgressStore
  /** Read models and snapshots, apart from the events. */
  readonly derivedStorage: DerivedStorage
  /** True when events persist in IndexedDB; false when they live in this tab's memory only. */
  readonly persisted: boolean
  /** Opens a throwaway store of the same kind, for measurements that must not touch the log. */
  readonly openScratch: OpenScratchStorage
  readonly reason: string | null
}

/** What opening can run into, for the page to tell the person. */
export interface StorageNotices {
  /** Another tab upgraded (or deleted) the database: this tab's stores are closed; it should reload. */
  readonly onVersionChange?: () => void
  /** Opening waits for another tab that holds the database at an older version. */
  readonly onBlocked?: () => void
}

/**
 * Opens the IndexedDB stores, or falls back to memory when IndexedDB is missing or refuses to
 * open (disabled, blocked by the browser's privacy settings). Nothing is lost either way: the
 * playground works, it just cannot keep events past this tab.
 */
export async function openStorage(
  databaseName: string,
  sessionId: string,
  /** null: this browser has no IndexedDB. */
  indexedDb: IDBFactory | null = globalThis.indexedDB ?? null,
  notices: StorageNotices = {},
): Promise<StorageChoice> {
  const inMemory = (reason: string): StorageChoice => ({
    eventStore: createInMemoryEventStore({ sessionId }),
    progressStore: createInMemoryProgressStore(),
    derivedStorage: createInMemoryDerivedStorage(),
    persisted: false,
    openScratch: inMemoryScratch(sessionId),
    reason,
  })
  if (!indexedDb) return inMemory('IndexedDB is not available in this browser')
  const { onVersionChange, onBlocked } = notices
  const eventStore = createDexieEventStore({
    databaseName,
    sessionId,
    indexedDB: indexedDb,
    // A page opened from disk cannot start a worker: it writes imports itself.
    ...(typeof Worker === 'function' && indexedDb === globalThis.indexedDB && globalThis.location?.protocol !== 'file:'
      ? { importWorker: { start: startImportWorker } }
      : {}),
    ...(onVersionChange ? { onVersionChange } : {}),
    ...(onBlocked ? { onBlocked } : {}),
  })
  try {
    // Opening for real: a disabled or blocked IndexedDB fails here, not later in a command.
    await eventStore.streamVersion('Probe-storage')
    return {
      eventStore,
      progressStore: createDexieProgressStore(`${databaseName}-progress`, onVersionChange),
      derivedStorage: createDexieDerivedStorage(`${databaseName}-derived`, indexedDb, onVersionChange),
      persisted: true,
      openScratch: indexedDbScratch(databaseName, sessionId, indexedDb),
      reason: null,
    }
  } catch (error) {
    await eventStore.close().catch(() => undefined)
    return inMemory(`IndexedDB could not be opened (${error instanceof Error ? error.message : String(error)})`)
  }
}

export type Persistence = 'checking' | 'persistent' | 'best effort' | 'unavailable'

/**
 * Asks the browser to keep this site's storage under storage pressure (navigator.storage.persist).
 * Some browsers ask the person, so callers should not wait for it before showing the page.
 */
export async function requestPersistence(
  /** null: this browser has no storage manager. */
  storage: StorageManager | null = globalThis.navigator?.storage ?? null,
): Promise<Persistence> {
  if (!storage?.persist) return 'unavailable'
  try {
    if (await storage.persisted()) return 'persistent'
    return (await storage.persist()) ? 'persistent' : 'best effort'
  } catch {
    return 'unavailable'
  }
}

/** A store that lives only while something is measured, then is thrown away with everything in it. */
export interface ScratchStorage {
  readonly eventStore: EventStore
  readonly derivedStorage: DerivedStorage
  dispose(): Promise<void>
}

export type OpenScratchStorage = () => ScratchStorage

/** Scratch stores in this tab's memory: for tests, and where IndexedDB is not available. */
export const inMemoryScratch =
  (sessionId: string): OpenScratchStorage =>
  () => ({
    eventStore: createInMemoryEventStore({ sessionId }),
    derivedStorage: createInMemoryDerivedStorage(),
    dispose: async () => undefined,
  })

function deleteDatabase(indexedDb: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDb.deleteDatabase(name)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`))
  })
}

/**
 * Scratch stores in IndexedDB databases of their own, so a measurement times the same storage
 * the playground uses; dispose() deletes both databases.
 */
export const indexedDbScratch =
  (databaseName: string, sessionId: string, indexedDb: IDBFactory): OpenScratchStorage =>
  () => {
    const name = `${databaseName}-scratch-${crypto.randomUUID()}`
    const eventStore = createDexieEventStore({ databaseName: name, sessionId, indexedDB: indexedDb })
    const derivedStorage = createDexieDerivedStorage(`${name}-derived`, indexedDb)
    return {
      eventStore,
      derivedStorage,
      async dispose() {
        await eventStore.close()
        // The derived database's connection closes itself when its deletion asks it to.
        await Promise.all([deleteDatabase(indexedDb, name), deleteDatabase(indexedDb, `${name}-derived`)])
      },
    }
  }

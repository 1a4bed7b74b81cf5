import { createRemoteEventStore, type RemoteEventStore, type RoomAccess } from '../../kernel/eventstore'
import { createInMemoryDerivedStorage } from '../../kernel/readside/derivedStorage'
import { inMemoryScratch, type StorageChoice } from './openStorage'
import { createDexieProgressStore, createInMemoryProgressStore } from './progressStore'
import type { SharedStoreConnection } from './sharedStoreConnection'

/** A tab on a shared store: its events are the room's; the rest stays in this browser. */
export interface SharedStorageChoice extends StorageChoice {
  readonly eventStore: RemoteEventStore
  readonly shared: { readonly url: string; readonly room: string; readonly access: RoomAccess }
}

/**
 * Opens a room of a shared store as this tab's event store. Read models and snapshots are kept in
 * memory (they are folded from the room's log, and must not mix with this browser's own);
 * exercise progress stays in this browser. Rejects, with the store closed, when the room does not open.
 */
export async function openSharedStorage(
  connection: SharedStoreConnection,
  sessionId: string,
  databaseName: string,
  indexedDb: IDBFactory | null = globalThis.indexedDB ?? null,
): Promise<SharedStorageChoice> {
  const eventStore = createRemoteEventStore({ ...connection, sessionId })
  let access: RoomAccess
  try {
    access = await eventStore.access()
  } catch (error) {
    await eventStore.close()
    throw error
  }
  return {
    eventStore,
    progressStore: indexedDb ? createDexieProgressStore(`${databaseName}-progress`) : createInMemoryProgressStore(),
    derivedStorage: createInMemoryDerivedStorage(),
    persisted: true,
    openScratch: inMemoryScratch(sessionId),
    reason: null,
    shared: { url: connection.url, room: connection.room, access },
  }
}

/**
 * The event store: a public port with three adapters (in memory, IndexedDB via Dexie, and a shared
 * store's server over HTTP).
 * Other parts of the playground, and learners' own code, use only what is exported here.
 */
export type {
  AppendOptions,
  AppendResult,
  EventListener,
  EventStore,
  EventStoreOptions,
  ExpectedVersion,
  ImportEvent,
  ImportOptions,
  ImportResult,
  JsonValue,
  NewEvent,
  NewEventMetadata,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  RecordedMetadata,
  RecordedCommand,
} from './types'
export { UNVERSIONED_SCHEMA } from './types'
export {
  ConcurrencyError,
  DuplicateEventIdError,
  EventStoreError,
  ImportConflictError,
  InvalidAppendError,
  SharedStoreError,
  type SharedStoreProblem,
  StorageFullError,
  StoreClosedError,
} from './errors'
export { createInMemoryEventStore } from './memory'
export {
  closeOnVersionChange,
  commitChannelName,
  createDexieEventStore,
  SUPERSEDED_MESSAGE,
  type DexieEventStoreOptions,
} from './dexie'
export {
  eventDataProblem,
  MAX_JSON_DEPTH,
  MAX_JSON_VALUES,
  MAX_NAME_LENGTH,
  MAX_STRING_LENGTH,
  MAX_TEXT_LENGTH,
  unsafeNameProblem,
} from './validation'
export { startImportWorker } from './startImportWorker'
export type { ImportWorkerOptions } from './workerImport'
export { randomUuid } from './ids'
export { copyEvent } from './copyEvent'
export {
  createRemoteEventStore,
  type ConnectionState,
  type RemoteEventStore,
  type RemoteEventStoreOptions,
  type RoomAccess,
} from './remote'

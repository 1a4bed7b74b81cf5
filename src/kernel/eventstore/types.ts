/** A JSON value: what event data may hold. No undefined, functions, NaN, Infinity, Dates or class instances. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue }

/**
 * The schema version the store records for an event appended without one: the first schema of
 * whatever domain wrote it. The store knows no domain; the command path (`handleCommand`) always
 * writes its module's `schemaVersion`, so only raw appends (tests, the console's store) rely on this.
 */
export const UNVERSIONED_SCHEMA = 1

/** The command an event was decided from, as it was asked: its type and its fields, JSON only. */
export interface RecordedCommand {
  readonly type: string
  readonly [field: string]: JsonValue
}

/**
 * What the caller may set on an event's metadata. Anything omitted is filled in by the store:
 * `correlationId` defaults to the first event id of the batch, `causationId` to null,
 * `sessionId` to the store's session, `schemaVersion` to UNVERSIONED_SCHEMA.
 */
export interface NewEventMetadata {
  readonly correlationId?: string
  readonly causationId?: string | null
  readonly sessionId?: string
  readonly schemaVersion?: number
  /** The command the event was decided from (the command path records it); absent for raw appends. */
  readonly command?: RecordedCommand
}

/** An event about to be appended. */
export interface NewEvent<Type extends string = string, Data extends JsonValue = JsonValue> {
  /** A UUID is generated when omitted. Re-sending the same ids makes a retry idempotent. */
  readonly eventId?: string
  readonly type: Type
  readonly data: Data
  readonly metadata?: NewEventMetadata
}

export interface RecordedMetadata {
  readonly correlationId: string
  readonly causationId: string | null
  /** The browser tab (or pane) that appended the event. */
  readonly sessionId: string
  /** The shape version of `data`, for upcasting when an event's shape changes. */
  readonly schemaVersion: number
  /** The command it was decided from, when it went through the rules: what a test from history replays. */
  readonly command?: RecordedCommand
}

/** An event as the store holds it. Immutable and JSON-serialisable. */
export interface RecordedEvent<Type extends string = string, Data extends JsonValue = JsonValue> {
  readonly eventId: string
  readonly streamId: string
  /** 1-based, contiguous within the stream. */
  readonly version: number
  /** 1-based, contiguous across the whole store, in commit order. */
  readonly position: number
  readonly type: Type
  readonly data: Data
  readonly metadata: RecordedMetadata
  /** ISO-8601 UTC time of the commit. Never used for ordering: `position` is the order. */
  readonly recordedAt: string
}

/**
 * What the stream must look like for an append to go ahead (KurrentDB semantics):
 * a number N means exactly at version N (0: the stream has no events), `'any'` skips the check.
 */
export type ExpectedVersion = number | 'any' | 'no_stream' | 'stream_exists'

export interface AppendOptions {
  /** Defaults to `'any'`. */
  readonly expectedVersion?: ExpectedVersion
}

export interface AppendResult {
  /** The stream's version after the append: pass it as `expectedVersion` next time. */
  readonly nextExpectedVersion: number
  /** The global position of the last event appended. */
  readonly lastPosition: number
}

export interface ReadStreamOptions {
  /** Inclusive. Defaults to 1. */
  readonly fromVersion?: number
  /** Inclusive. Defaults to the end of the stream. */
  readonly toVersion?: number
}

export interface ReadAllOptions {
  /** Events with `position >= fromPosition`. Defaults to 1. */
  readonly fromPosition?: number
  /** At most this many events. Defaults to all. */
  readonly limit?: number
}

/** One event of a whole log being imported: as exported, its position aside (positions are assigned anew). */
export interface ImportEvent {
  readonly eventId: string
  readonly streamId: string
  readonly version: number
  readonly type: string
  readonly data: JsonValue
  readonly metadata: RecordedMetadata
  readonly recordedAt: string
}

export interface ImportOptions {
  /** Empty the store first, in the same transaction. Otherwise every imported stream must be new. */
  readonly replace?: boolean
  /** Hears progress while the events are written: how many of how many. */
  readonly onProgress?: (written: number, total: number) => void
}

export interface ImportResult {
  readonly imported: number
  readonly lastPosition: number
}

export type EventListener = (events: readonly RecordedEvent[]) => void

/** The event store port. Every adapter passes the same contract suite. */
export interface EventStore {
  /**
   * Appends events to one stream, all or nothing.
   * @throws ConcurrencyError when the stream is not at `expectedVersion`.
   * @throws InvalidAppendError for a bad stream id, an empty batch, non-JSON data or a bad expected version.
   * @throws DuplicateEventIdError when an event id is reused other than by an exact retry.
   */
  append(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>
  /** Events of one stream in version order; the range is inclusive. Empty for an unknown stream. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>
  /** Events of every stream in position order. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>
  /** The stream's current version: 0 when it has no events. */
  streamVersion(streamId: string): Promise<number>
  /**
   * Writes a whole log in one transaction, all or nothing: every stream must be new (its
   * versions 1, 2, 3...) unless `replace` empties the store first, in the same transaction.
   * Positions follow the store's last one, in the order given. Subscribers hear the events
   * (after `onCleared` when replacing).
   * @throws InvalidAppendError naming the event and field, before anything is written.
   * @throws ImportConflictError when, without `replace`, an imported stream already exists.
   * @throws DuplicateEventIdError when an imported event id is already in the store.
   */
  importEvents(events: readonly ImportEvent[], options?: ImportOptions): Promise<ImportResult>
  /**
   * Hears every append committed after the store opened, in position order, with no gaps,
   * including appends made through another connection (another tab) to the same database.
   * Returns a function that unsubscribes.
   */
  subscribe(listener: EventListener): () => void
  /**
   * Empties the store: every stream and event. Positions and versions start again at 1.
   * Subscribers of every connection are told through `onCleared`. Meant for a playground reset,
   * not for production data.
   */
  clear(): Promise<void>
  /** Hears `clear()`, from this connection or another. Returns a function that stops listening. */
  onCleared(listener: () => void): () => void
  /** Releases the store. Every later call rejects with StoreClosedError. */
  close(): Promise<void>
}

/** Options every adapter accepts. */
export interface EventStoreOptions {
  /** The time recorded on appended events. Inject a fixed clock in tests. */
  readonly clock?: () => Date
  /** Generates event ids. Defaults to UUID v4. */
  readonly generateId?: () => string
  /** Recorded as `metadata.sessionId` unless an event sets its own. */
  readonly sessionId?: string
  /** Called when a subscriber throws; the store keeps delivering to the others. */
  readonly onListenerError?: (error: unknown) => void
}

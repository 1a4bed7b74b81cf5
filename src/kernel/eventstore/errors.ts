import type { ExpectedVersion } from './types'

/**
 * Base class of every error the event store throws on purpose. Each class names itself with a
 * string literal: class names do not survive minification, and callers may test `error.name`.
 */
export class EventStoreError extends Error {
  override name = 'EventStoreError'
}

/** The stream was not at the version the caller expected: someone else appended first. */
export class ConcurrencyError extends EventStoreError {
  override name = 'ConcurrencyError'
  constructor(
    readonly streamId: string,
    readonly expectedVersion: ExpectedVersion,
    readonly actualVersion: number,
  ) {
    super(
      `Conflict on ${streamId}: expected version ${describeExpected(expectedVersion)}, but the stream is at version ${actualVersion}.`,
    )
  }
}

/** The append (or read) was malformed; nothing was written. `field` names what was wrong. */
export class InvalidAppendError extends EventStoreError {
  override name = 'InvalidAppendError'
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`)
  }
}

/** An event id already in the store was reused, other than by retrying the very same append. */
export class DuplicateEventIdError extends EventStoreError {
  override name = 'DuplicateEventIdError'
  constructor(
    readonly eventId: string,
    detail: string,
  ) {
    super(`Event id ${eventId} ${detail}`)
  }
}

/** An import without `replace` names streams the store already has; nothing was written. */
export class ImportConflictError extends EventStoreError {
  override name = 'ImportConflictError'
  constructor(readonly streams: readonly string[]) {
    const shown = streams.slice(0, 3).join(', ') + (streams.length > 3 ? ` and ${streams.length - 3} more` : '')
    super(
      `The store already has ${streams.length === 1 ? 'stream' : `${streams.length} of the imported streams:`} ${shown}. Import into an empty store, or replace the store's events with the file's.`,
    )
  }
}

/**
 * The browser refused to store more (IndexedDB's QuotaExceededError). The write's transaction
 * was aborted, so nothing of it was stored.
 */
export class StorageFullError extends EventStoreError {
  override name = 'StorageFullError'
  constructor(cause: unknown) {
    super("The browser's storage for this site is full: nothing of this write was stored.", { cause })
  }
}

/** The store was closed. */
export class StoreClosedError extends EventStoreError {
  override name = 'StoreClosedError'
  constructor(message = 'The event store is closed.') {
    super(message)
  }
}

function describeExpected(expected: ExpectedVersion): string {
  switch (expected) {
    case 'no_stream':
      return 'no_stream (the stream must not exist)'
    case 'stream_exists':
      return 'stream_exists (the stream must have events)'
    case 'any':
      return 'any'
    default:
      return String(expected)
  }
}

/** Why a shared store refused or could not be reached. */
export type SharedStoreProblem = 'unreachable' | 'unauthorized' | 'read-only' | 'unknown-room' | 'too-large' | 'refused'

/**
 * The shared store (the remote adapter's server) could not be reached, or refused the request for
 * a reason of its own: a token that does not open the room, a read-only token, an unknown room.
 * Nothing was written.
 */
export class SharedStoreError extends EventStoreError {
  override name = 'SharedStoreError'
  constructor(
    readonly problem: SharedStoreProblem,
    message: string,
  ) {
    super(message)
  }
}

import { ConcurrencyError, DuplicateEventIdError } from './errors'
import { UNVERSIONED_SCHEMA, type AppendResult, type ExpectedVersion, type NewEvent, type RecordedEvent } from './types'

/** What an adapter read inside its write transaction, and what it was asked to do. */
export interface AppendContext {
  readonly streamId: string
  readonly events: readonly NewEvent[]
  readonly expectedVersion: ExpectedVersion
  readonly currentVersion: number
  readonly lastPosition: number
  /** Stored events whose ids appear in `events`. */
  readonly existing: readonly RecordedEvent[]
  readonly recordedAt: string
  readonly sessionId: string
  readonly generateId: () => string
}

export type AppendPlan =
  | { readonly kind: 'already-written'; readonly result: AppendResult }
  | { readonly kind: 'write'; readonly records: readonly RecordedEvent[]; readonly result: AppendResult }

export function satisfiesExpectedVersion(expected: ExpectedVersion, actual: number): boolean {
  switch (expected) {
    case 'any':
      return true
    case 'no_stream':
      return actual === 0
    case 'stream_exists':
      return actual > 0
    default:
      return expected === actual
  }
}

/**
 * The version an expected version names, where it names one: a number, or 0 for `no_stream`
 * (KurrentDB's -1, "before the first event"). `any` and `stream_exists` name none.
 */
function namedVersion(expected: ExpectedVersion): number | null {
  if (expected === 'no_stream') return 0
  return typeof expected === 'number' ? expected : null
}

/**
 * Where the batch already stands in this stream, in order, with the same types: the version of
 * its first event, or null when it is not stored exactly so.
 */
function storedRunStart(context: AppendContext, byId: ReadonlyMap<string, RecordedEvent>): number | null {
  const stored = context.events.map((event) => (event.eventId === undefined ? undefined : byId.get(event.eventId)))
  const first = stored[0]
  if (!first) return null
  const exact = stored.every(
    (record, index) =>
      record !== undefined &&
      record.streamId === context.streamId &&
      record.version === first.version + index &&
      record.type === context.events[index]?.type,
  )
  return exact ? first.version : null
}

function alreadyWritten(context: AppendContext, byId: ReadonlyMap<string, RecordedEvent>): AppendPlan {
  const last = byId.get(context.events[context.events.length - 1]?.eventId ?? '')
  return {
    kind: 'already-written',
    // The stream's real version, which may be past the batch: what the next append must expect.
    result: { nextExpectedVersion: context.currentVersion, lastPosition: last?.position ?? context.lastPosition },
  }
}

/**
 * A batch whose event ids are already stored: a retry, a conflict or a misuse, as KurrentDB
 * decides it. With a named version N below the stream's, the batch is a retry only when its
 * events are exactly the stream's N+1, N+2...; anywhere else the stream moved on without it: a
 * conflict. With `any` or `stream_exists`, an exact run anywhere in the stream is a retry.
 * Where KurrentDB would write the ids a second time (N at the stream's version, or ids found
 * elsewhere with `any`) this store refuses: its event ids are unique across the store.
 */
function planStoredBatch(context: AppendContext): AppendPlan {
  const byId = new Map(context.existing.map((record) => [record.eventId, record]))
  const runStart = storedRunStart(context, byId)
  const named = namedVersion(context.expectedVersion)
  if (!satisfiesExpectedVersion(context.expectedVersion, context.currentVersion)) {
    if (named !== null && named < context.currentVersion && runStart === named + 1) return alreadyWritten(context, byId)
    throw new ConcurrencyError(context.streamId, context.expectedVersion, context.currentVersion)
  }
  if (named === null && runStart !== null) return alreadyWritten(context, byId)
  const clash = context.existing[0] as RecordedEvent
  throw new DuplicateEventIdError(
    clash.eventId,
    `is already stored (${clash.streamId} version ${clash.version}); an event id may be reused only to retry the exact same append.`,
  )
}

/**
 * The rules every adapter enforces, decided from what it read in its transaction: a batch whose
 * ids are stored already is a retry (nothing written), a conflict or an error (planStoredBatch);
 * otherwise the stream must be at the expected version, and the batch gets the next versions
 * and positions.
 */
export function planAppend(context: AppendContext): AppendPlan {
  if (context.existing.length > 0) return planStoredBatch(context)
  if (!satisfiesExpectedVersion(context.expectedVersion, context.currentVersion)) {
    throw new ConcurrencyError(context.streamId, context.expectedVersion, context.currentVersion)
  }
  let batchCorrelation = ''
  const records = context.events.map((event, index): RecordedEvent => {
    const eventId = event.eventId ?? context.generateId()
    // An event without a correlation id joins its batch's: the first event id.
    if (index === 0) batchCorrelation = eventId
    return {
      eventId,
      streamId: context.streamId,
      version: context.currentVersion + index + 1,
      position: context.lastPosition + index + 1,
      type: event.type,
      data: event.data,
      metadata: {
        correlationId: event.metadata?.correlationId ?? batchCorrelation,
        causationId: event.metadata?.causationId ?? null,
        sessionId: event.metadata?.sessionId ?? context.sessionId,
        schemaVersion: event.metadata?.schemaVersion ?? UNVERSIONED_SCHEMA,
        ...(event.metadata?.command ? { command: event.metadata.command } : {}),
      },
      recordedAt: context.recordedAt,
    }
  })
  const last = records[records.length - 1]
  return {
    kind: 'write',
    records,
    result: {
      nextExpectedVersion: last?.version ?? context.currentVersion,
      lastPosition: last?.position ?? context.lastPosition,
    },
  }
}

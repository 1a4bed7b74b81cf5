import { ConcurrencyError, DuplicateEventIdError } from './errors'
import type { AppendResult, ExpectedVersion, NewEvent, RecordedEvent } from './types'

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

/** True when every event of the batch is already stored, in this stream, in this order, with the same types. */
function isExactRetry(context: AppendContext, byId: ReadonlyMap<string, RecordedEvent>): boolean {
  const stored = context.events.map((event) => (event.eventId === undefined ? undefined : byId.get(event.eventId)))
  const first = stored[0]
  if (!first) return false
  return stored.every(
    (record, index) =>
      record !== undefined &&
      record.streamId === context.streamId &&
      record.version === first.version + index &&
      record.type === context.events[index]?.type,
  )
}

/**
 * The rules every adapter enforces, decided from what it read in its transaction:
 * an exact retry writes nothing; any other reuse of an event id is an error; otherwise the
 * stream must be at the expected version, and the batch gets the next versions and positions.
 */
export function planAppend(context: AppendContext): AppendPlan {
  if (context.existing.length > 0) {
    const byId = new Map(context.existing.map((record) => [record.eventId, record]))
    if (isExactRetry(context, byId)) {
      const last = byId.get(context.events[context.events.length - 1]?.eventId ?? '')
      if (last)
        return { kind: 'already-written', result: { nextExpectedVersion: last.version, lastPosition: last.position } }
    }
    const clash = context.existing[0]
    if (clash) {
      throw new DuplicateEventIdError(
        clash.eventId,
        `is already stored (${clash.streamId} version ${clash.version}); an event id may be reused only to retry the exact same append.`,
      )
    }
  }
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
        schemaVersion: event.metadata?.schemaVersion ?? 1,
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

import { nextTask } from '../nextTask'
import { ImportConflictError, InvalidAppendError } from './errors'
import type { ImportEvent, RecordedEvent } from './types'
import {
  assertPlainJson,
  isNonNegativeInteger,
  isPlainObject,
  nameProblem,
  validateRecordedCommand,
  validateStreamId,
} from './validation'

/**
 * How many events an import checks, and writes, in one task (and between two progress reports).
 * IndexedDB's `add` copies each record twice on the thread that calls it (out, and back to read its
 * index keys), 40–70 µs an event here at a million: 100 keep a task under 10 ms, room for a
 * collection in the same task under 100 ms. Posted to the import's worker, a chunk is copied once.
 */
export const IMPORT_CHUNK = 100

function fail(index: number, field: string, problem: string): never {
  throw new InvalidAppendError(`events[${index}]${field ? `.${field}` : ''}`, problem)
}

/** An id or a type: a non-empty string, not too long, with nothing in it that could hide or disguise it. */
function checkName(index: number, field: string, value: unknown): asserts value is string {
  const problem = nameProblem(value)
  if (problem) fail(index, field, problem)
}

/**
 * Checks a log event by event, in order: every stream id valid, each stream's versions 1, 2, 3...
 * in order, event ids unique, data plain JSON. The error names the event and field.
 * `uniqueIds: false` leaves the ids' uniqueness to a store whose unique index refuses a repeat:
 * a million ids in a set cost seconds, and its growth a long task at a time.
 */
export function importChecker({ uniqueIds = true } = {}): (event: ImportEvent, index: number) => void {
  const versions = new Map<string, number>()
  const ids = new Set<string>()
  return (event, index) => {
    if (!isPlainObject(event)) fail(index, '', 'must be an object')
    try {
      validateStreamId(event.streamId)
    } catch (error) {
      fail(index, 'streamId', error instanceof Error ? error.message.replace(/^streamId: /, '') : String(error))
    }
    checkName(index, 'eventId', event.eventId)
    if (uniqueIds) {
      if (ids.has(event.eventId)) fail(index, 'eventId', `${event.eventId} appears twice in the import`)
      ids.add(event.eventId)
    }
    checkName(index, 'type', event.type)
    const expected = (versions.get(event.streamId) ?? 0) + 1
    if (event.version !== expected)
      fail(index, 'version', `must be ${expected}: the versions of ${event.streamId} run 1, 2, 3... in order`)
    versions.set(event.streamId, expected)
    assertPlainJson(event.data, `events[${index}].data`)
    const metadata: unknown = event.metadata
    if (!isPlainObject(metadata))
      fail(index, 'metadata', 'must be an object with correlationId, causationId, sessionId and schemaVersion')
    checkName(index, 'metadata.correlationId', metadata.correlationId)
    if (metadata.causationId !== null) checkName(index, 'metadata.causationId', metadata.causationId)
    checkName(index, 'metadata.sessionId', metadata.sessionId)
    // The same rule as an append's (validation.ts).
    if (!isNonNegativeInteger(event.metadata.schemaVersion))
      fail(index, 'metadata.schemaVersion', 'must be a whole number, 0 or more')
    if (metadata.command !== undefined) validateRecordedCommand(metadata.command, `events[${index}].metadata.command`)
    if (Number.isNaN(Date.parse(event.recordedAt))) fail(index, 'recordedAt', 'must be an ISO-8601 date and time')
  }
}

/** Checks a whole log before anything is written (see `importChecker`), in one go. */
export function validateImport(events: readonly ImportEvent[]): void {
  const check = importChecker()
  events.forEach(check)
}

/**
 * The same checks as `validateImport`, `IMPORT_CHUNK` events at a time with a task break between
 * them: a million events take seconds to check, and the page must keep painting meanwhile.
 */
export async function validateImportInSlices(events: readonly ImportEvent[]): Promise<void> {
  const check = importChecker()
  for (let start = 0; start < events.length; start += IMPORT_CHUNK) {
    if (start > 0) await nextTask()
    const end = Math.min(start + IMPORT_CHUNK, events.length)
    for (let index = start; index < end; index += 1) check(events[index] as ImportEvent, index)
  }
}

/** The imported streams that the store already has, which an import without `replace` refuses. */
export function refuseOverlap(existing: readonly string[]): void {
  if (existing.length > 0) throw new ImportConflictError(existing)
}

/** The distinct streams of an import, in first-seen order. */
export function importedStreams(events: readonly ImportEvent[]): string[] {
  return [...new Set(events.map((event) => event.streamId))]
}

/**
 * The records to write: the imported events in their order, positions following `lastPosition`.
 * `from` and `to` plan one slice of them (the positions are still counted from the first event).
 */
export function planImport(
  events: readonly ImportEvent[],
  lastPosition: number,
  from = 0,
  to = events.length,
): RecordedEvent[] {
  return events.slice(from, to).map((event, index) => ({
    eventId: event.eventId,
    streamId: event.streamId,
    version: event.version,
    position: lastPosition + from + index + 1,
    type: event.type,
    data: event.data,
    metadata: {
      correlationId: event.metadata.correlationId,
      causationId: event.metadata.causationId,
      sessionId: event.metadata.sessionId,
      schemaVersion: event.metadata.schemaVersion,
      ...(event.metadata.command ? { command: event.metadata.command } : {}),
    },
    recordedAt: event.recordedAt,
  }))
}

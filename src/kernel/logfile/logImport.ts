import { z } from '../zod'
import { nextTask, TASK_SLICE_MS } from '../nextTask'
import { MAX_NAME_LENGTH, unsafeNameProblem, type ImportEvent } from '../eventstore'
import { isPlainObject as isRecord } from '../eventstore/validation'
import type { DomainRegistry } from '../replayStream'
import { COURSE_COLUMNS, courseCsvRows, courseRowToEvent, isCourseRow, looksLikeCourseCsv } from './courseTable'
import { describeIssue, eventData } from './importSchemas'
import { ImportFileError } from './importFileError'
import { LOG_FORMAT, LOG_FORMAT_VERSION } from './logFile'
import type { ProgressInFile } from '../learn/types'

export { ImportFileError }

/** The largest file the playground reads: past this, reading it whole would stall the tab. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024

const name = z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`)
  .superRefine((value, context) => {
    const problem = unsafeNameProblem(value)
    if (problem !== null) context.addIssue({ code: 'custom', message: problem })
  })
const positiveInteger = z
  .number('must be a positive integer')
  .int('must be a positive integer')
  .positive('must be a positive integer')

const eventSchema = z.strictObject({
  eventId: name,
  streamId: name.regex(/^[A-Z][A-Za-z0-9]*-\S+$/, 'must look like Category-id, such as Order-order-001'),
  version: positiveInteger,
  position: positiveInteger.optional(),
  type: name,
  data: eventData,
  metadata: z.strictObject({
    correlationId: name,
    causationId: name.nullable(),
    sessionId: name,
    schemaVersion: z
      .number('must be a whole number, 0 or more')
      .int('must be a whole number, 0 or more')
      .nonnegative('must be a whole number, 0 or more'),
    // Checked as the store checks it (a type and JSON fields) when the events are imported.
    command: z.looseObject({ type: name }).optional(),
  }),
  recordedAt: z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date and time' }),
})

const fileSchema = z.strictObject({
  format: z.literal(LOG_FORMAT, `must be "${LOG_FORMAT}"`),
  formatVersion: z.literal(
    LOG_FORMAT_VERSION,
    `must be ${LOG_FORMAT_VERSION}: this playground reads version ${LOG_FORMAT_VERSION}`,
  ),
  exportedAt: z.string('must be the date and time of the export, as text'),
  events: z.array(z.unknown()),
  progress: z
    .strictObject({
      records: z.array(
        z.strictObject({
          exerciseId: name,
          sincePosition: z.number().int().nonnegative(),
          answers: z.record(z.string(), z.string()),
        }),
      ),
      activity: z.array(
        z.strictObject({
          kind: z.enum(['conflict', 'conflict-resolved']),
          streamId: name,
          position: z.number().int().nonnegative(),
        }),
      ),
    })
    .optional(),
})

function toImportEvent(raw: unknown, where: string): ImportEvent {
  const parsed = eventSchema.safeParse(raw)
  if (!parsed.success) throw new ImportFileError(describeIssue(where, parsed.error))
  // Positions are assigned anew on import; the file's only set the order, which is the file's order.
  const { eventId, streamId, version, type, data, metadata, recordedAt } = parsed.data
  // The command's fields are checked as JSON by the store's import rules, as data is.
  const checked = metadata as ImportEvent['metadata']
  return { eventId, streamId, version, type, data: data as ImportEvent['data'], metadata: checked, recordedAt }
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new ImportFileError(`${where}: is not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
}

/** The whole text as one JSON value, or undefined when it is not one (NDJSON, or broken). */
function parseWhole(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** How many entries are checked between two looks at the clock. */
const CHECKS_PER_LOOK = 100

/**
 * Upcasting on import: an Order event must read as today's shape (its upcasters run now), so a
 * file never brings in an event the panels cannot fold. Unknown types and newer schemas pass:
 * they are kept and shown as such.
 */
function requireReadable(domains: DomainRegistry, event: ImportEvent, where: string): ImportEvent {
  const reading = domains.forStream(event.streamId)?.readEvent(event)
  if (reading?.kind === 'unreadable')
    throw new ImportFileError(`${where}: ${event.type} cannot be read: ${reading.problem}`)
  return event
}

/**
 * Checks raw entries in slices of at most `TASK_SLICE_MS`, yielding to the page between them and
 * before the first (the file was read and split in the task before). Checked by count, 2,000 a
 * task, a slice took 40–50 ms of zod's checks at the start of a file of 100,000 events here.
 */
async function checkAll<Entry>(
  domains: DomainRegistry,
  entries: readonly Entry[],
  where: (index: number) => string,
  onProgress: ((checked: number, total: number) => void) | undefined,
  /** Turns an entry into an event, or throws naming `where`. */
  toEvent: (entry: Entry, where: string) => ImportEvent,
): Promise<ImportEvent[]> {
  const events: ImportEvent[] = []
  await nextTask()
  let sliceStarted = performance.now()
  for (let index = 0; index < entries.length; index += 1) {
    const at = where(index)
    events.push(requireReadable(domains, toEvent(entries[index] as Entry, at), at))
    const checked = index + 1
    if (checked % CHECKS_PER_LOOK !== 0 || checked === entries.length) continue
    if (performance.now() - sliceStarted < TASK_SLICE_MS) continue
    onProgress?.(checked, entries.length)
    await nextTask()
    sliceStarted = performance.now()
  }
  onProgress?.(entries.length, entries.length)
  return events
}

/** Which kind of file was read: the playground's export, or the learning material's table. */
export type LogFileSource = 'playground' | 'course-table'

export interface ParsedLogFile {
  readonly events: ImportEvent[]
  readonly source: LogFileSource
  /** The exercise progress a playground export carried, its positions the file's. */
  readonly progress?: ProgressInFile
}

/** A first line with commas and no JSON: a CSV file, whatever its name. */
const looksLikeCsv = (text: string) => {
  const header = text.slice(0, text.search(/\r?\n|$/)).trim()
  return header.includes(',') && !/^[[{]/.test(header)
}

function notTheCourseTable(text: string): ImportFileError {
  const header = text.slice(0, text.search(/\r?\n|$/)).trim()
  const named = header.length > 120 ? `${header.slice(0, 117)}…` : header
  return new ImportFileError(
    `This CSV file's header is not the learning material's events table. Its first line must name the columns ${COURSE_COLUMNS.join(', ')}; it names ${named}.`,
  )
}

type Progress = ((checked: number, total: number) => void) | undefined

function nonEmptyLines(text: string): { readonly line: string; readonly number: number }[] {
  return text.split('\n').flatMap((line, index) => (line.trim() === '' ? [] : [{ line, number: index + 1 }]))
}

async function parseNdjson(trimmed: string, domains: DomainRegistry, onProgress: Progress): Promise<ParsedLogFile> {
  const numbered = nonEmptyLines(trimmed)
  const first = numbered[0] ? parseWhole(numbered[0].line) : undefined
  const source: LogFileSource = isCourseRow(first) ? 'course-table' : 'playground'
  const toEvent = source === 'course-table' ? courseRowToEvent : toImportEvent
  // Line by line, so the first problem in the file is the one reported, whether JSON or shape.
  const events = await checkAll(
    domains,
    numbered,
    (index) => `line ${numbered[index]?.number ?? index + 1}`,
    onProgress,
    (entry, where) => toEvent(parseJson(entry.line, where), where),
  )
  return { events, source }
}

/**
 * Reads a log file: the playground's JSON document (`Export JSON`) or NDJSON (`Export NDJSON`),
 * or the learning material's events table as a JSON array of rows, NDJSON rows or CSV. Every
 * event is checked, and events of a known domain must be readable by it (upcast to today's shape); the first problem is reported
 * with its place.
 */
export async function parseLogFile(
  text: string,
  /** Events of a stream whose domain cannot read them are refused; other streams are kept as they are. */
  domains: DomainRegistry,
  onProgress?: Progress,
): Promise<ParsedLogFile> {
  if (text.length > MAX_IMPORT_BYTES) {
    throw new ImportFileError(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most this page reads.`)
  }
  const trimmed = text.trim()
  if (trimmed === '') throw new ImportFileError('The file is empty.')
  if (looksLikeCourseCsv(trimmed)) {
    const rows = courseCsvRows(trimmed)
    const events = await checkAll(
      domains,
      rows,
      (index) => rows[index]?.where ?? `row ${index + 1}`,
      onProgress,
      (entry, where) => courseRowToEvent(entry.row, where),
    )
    return { events, source: 'course-table' }
  }
  const whole = parseWhole(trimmed)
  if (Array.isArray(whole)) {
    if (whole.length > 0 && !isCourseRow(whole[0])) {
      throw new ImportFileError(
        `The file is a JSON array, but not of the learning material's rows (${COURSE_COLUMNS.join(', ')}).`,
      )
    }
    const events = await checkAll(domains, whole, (index) => `row ${index + 1}`, onProgress, courseRowToEvent)
    return { events, source: 'course-table' }
  }
  if (isRecord(whole) && 'format' in whole) {
    if (!('exportedAt' in whole)) {
      throw new ImportFileError(
        'The file has no exportedAt. A playground log file says when it was exported, such as "exportedAt": "2026-11-22T10:00:00.000Z": add it, or export the log again.',
      )
    }
    const file = fileSchema.safeParse(whole)
    if (!file.success) throw new ImportFileError(describeIssue('The file', file.error))
    const events = await checkAll(domains, file.data.events, (index) => `event ${index + 1}`, onProgress, toImportEvent)
    return { events, source: 'playground', ...(file.data.progress ? { progress: file.data.progress } : {}) }
  }
  if (whole === undefined && looksLikeCsv(trimmed)) throw notTheCourseTable(trimmed)
  if (whole === undefined && trimmed.startsWith('{') && !trimmed.includes('\n')) parseJson(trimmed, 'The file')
  return parseNdjson(trimmed, domains, onProgress)
}

import { z } from 'zod'
import { MAX_NAME_LENGTH, type ImportEvent } from '../eventstore'
import { ImportFileError } from './importFileError'
import { LOG_FORMAT, LOG_FORMAT_VERSION } from './logFile'

export { ImportFileError }

/** The largest file the playground reads: past this, reading it whole would stall the tab. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024

const name = z
  .string()
  .min(1, 'must not be empty')
  .max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`)
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
  data: z.json(),
  metadata: z.strictObject({
    correlationId: name,
    causationId: name.nullable(),
    sessionId: name,
    schemaVersion: positiveInteger,
  }),
  recordedAt: z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date and time' }),
})

const fileSchema = z.strictObject({
  format: z.literal(LOG_FORMAT, `must be "${LOG_FORMAT}"`),
  formatVersion: z.literal(
    LOG_FORMAT_VERSION,
    `must be ${LOG_FORMAT_VERSION}: this playground reads version ${LOG_FORMAT_VERSION}`,
  ),
  exportedAt: z.string(),
  events: z.array(z.unknown()),
})

/** "event 17: version must be a positive integer", from the first problem zod found. */
function describeIssue(where: string, error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return `${where}: is not valid`
  const path = issue.path.map(String).join('.')
  return `${where}: ${path ? `${path} ` : ''}${issue.message}`
}

function toImportEvent(raw: unknown, where: string): ImportEvent {
  const parsed = eventSchema.safeParse(raw)
  if (!parsed.success) throw new ImportFileError(describeIssue(where, parsed.error))
  // Positions are assigned anew on import; the file's only set the order, which is the file's order.
  const { eventId, streamId, version, type, data, metadata, recordedAt } = parsed.data
  return { eventId, streamId, version, type, data: data as ImportEvent['data'], metadata, recordedAt }
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new ImportFileError(`${where}: is not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The whole text as one JSON value, or undefined when it is not one (NDJSON, or broken). */
function parseWhole(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** How many events are checked between two breaks, so a big file never freezes the page. */
const PARSE_SLICE = 2000

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** Checks raw events in slices, yielding to the page between them. */
async function checkAll<Entry>(
  raws: readonly Entry[],
  where: (index: number) => string,
  onProgress: ((checked: number, total: number) => void) | undefined,
  /** Turns an entry into the raw event (NDJSON: parses the line). */
  read: (entry: Entry, where: string) => unknown,
): Promise<ImportEvent[]> {
  const events: ImportEvent[] = []
  for (let start = 0; start < raws.length; start += PARSE_SLICE) {
    const end = Math.min(start + PARSE_SLICE, raws.length)
    for (let index = start; index < end; index += 1) {
      const at = where(index)
      events.push(toImportEvent(read(raws[index] as Entry, at), at))
    }
    onProgress?.(end, raws.length)
    if (end < raws.length) await nextTask()
  }
  return events
}

/**
 * Reads an exported log: the JSON document (`Export JSON`) or NDJSON, one event per line
 * (`Export NDJSON`). Every event is checked; the first problem is reported with its place.
 */
export async function parseLogFile(
  text: string,
  onProgress?: (checked: number, total: number) => void,
): Promise<ImportEvent[]> {
  if (text.length > MAX_IMPORT_BYTES) {
    throw new ImportFileError(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, the most this page reads.`)
  }
  const trimmed = text.trim()
  if (trimmed === '') throw new ImportFileError('The file is empty.')
  const whole = parseWhole(trimmed)
  if (isObject(whole) && 'format' in whole) {
    const file = fileSchema.safeParse(whole)
    if (!file.success) throw new ImportFileError(describeIssue('The file', file.error))
    return checkAll(
      file.data.events,
      (index) => `event ${index + 1}`,
      onProgress,
      (raw) => raw,
    )
  }
  if (whole === undefined && trimmed.startsWith('{') && !trimmed.includes('\n')) parseJson(trimmed, 'The file')
  const lines = trimmed.split('\n')
  const numbered = lines.flatMap((line, index) => (line.trim() === '' ? [] : [{ line, number: index + 1 }]))
  // Line by line, so the first problem in the file is the one reported, whether JSON or shape.
  return checkAll(
    numbered,
    (index) => `line ${numbered[index]?.number ?? index + 1}`,
    onProgress,
    (entry, where) => parseJson(entry.line, where),
  )
}

import { z } from '../zod'
import { isPlainObject as isRecord } from '../eventstore/validation'
import { MAX_NAME_LENGTH, type ImportEvent } from '../eventstore'
import { parseCsv } from './csvParse'
import { ImportFileError } from './importFileError'
import { describeIssue, withinEventDataLimits } from './importSchemas'

import { COURSE_SCHEMA_VERSION } from './courseSchemaVersion'

/** The columns of the learning material's events table, in its order. */
export const COURSE_COLUMNS = [
  'event_id',
  'aggregate_type',
  'aggregate_id',
  'event_type',
  'version',
  'data',
  'timestamp',
] as const

/** Recorded as the session of every event read from the learning material's table. */
export const COURSE_SESSION_ID = 'learning-material'

const text = z
  .string('must be text')
  .min(1, 'must not be empty')
  .max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`)

/**
 * A time as the material's table holds it: ISO-8601 with `T` or a space, seconds optional,
 * any fraction; with `Z`, `+00`, `+00:00` or no zone, which the material's `utcnow()` means as UTC.
 */
const COURSE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/

export function courseTimeToIso(value: string): string | undefined {
  const match = COURSE_TIME.exec(value.trim())
  if (!match) return undefined
  const [, day, minutes, seconds = ':00', zone = 'Z'] = match
  const offset =
    zone === 'Z'
      ? 'Z'
      : zone.length === 3
        ? `${zone}:00`
        : zone.includes(':')
          ? zone
          : `${zone.slice(0, 3)}:${zone.slice(3)}`
  const fraction = seconds.slice(0, 7) // milliseconds are what a Date keeps
  const time = new Date(`${day}T${minutes}${fraction}${offset}`)
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString()
}

const rowSchema = z.strictObject({
  event_id: text,
  aggregate_type: text.regex(/^[A-Z][A-Za-z0-9]*$/, 'must be a PascalCase name such as Order'),
  aggregate_id: text.regex(/^\S+$/, 'must have no spaces'),
  event_type: text,
  version: z
    .number('must be a positive integer')
    .int('must be a positive integer')
    .positive('must be a positive integer'),
  data: z.record(z.string(), z.unknown(), 'must be a JSON object').superRefine(withinEventDataLimits),
  timestamp: z.string('must be a date and time').transform((value, context) => {
    const iso = courseTimeToIso(value)
    if (iso === undefined)
      context.addIssue({ code: 'custom', message: 'must be a date and time such as 2024-01-15T10:30:00' })
    return iso ?? z.NEVER
  }),
})

/** One row of the material's table as an event of schema 0: its data kept exactly as written. */
export function courseRowToEvent(raw: unknown, where: string): ImportEvent {
  const parsed = rowSchema.safeParse(raw)
  if (!parsed.success) throw new ImportFileError(describeIssue(where, parsed.error))
  const row = parsed.data
  return {
    eventId: row.event_id,
    streamId: `${row.aggregate_type}-${row.aggregate_id}`,
    version: row.version,
    type: row.event_type,
    data: row.data as ImportEvent['data'],
    metadata: {
      correlationId: row.event_id,
      causationId: null,
      sessionId: COURSE_SESSION_ID,
      schemaVersion: COURSE_SCHEMA_VERSION,
    },
    recordedAt: row.timestamp,
  }
}

/** True for a row of the material's table rather than an event of ours. */
export const isCourseRow = (value: unknown): boolean => isRecord(value) && 'event_id' in value

/** True when the text starts with the material's CSV header. */
export function looksLikeCourseCsv(text: string): boolean {
  const header = text
    .slice(0, text.search(/\r?\n|$/))
    .replaceAll('"', '')
    .trim()
  return header.split(',')[0]?.trim() === 'event_id'
}

/** CSV rows as raw table rows: `version` as a number and `data` as JSON, the rest as text. */
export function courseCsvRows(csv: string): { readonly row: unknown; readonly where: string }[] {
  let rows
  try {
    rows = parseCsv(csv)
  } catch (error) {
    throw new ImportFileError(error instanceof Error ? error.message : String(error))
  }
  const [header, ...body] = rows
  const columns = header?.cells.map((cell) => cell.trim()) ?? []
  const missing = COURSE_COLUMNS.filter((column) => !columns.includes(column))
  if (missing.length > 0) throw new ImportFileError(`line 1: the header lacks ${missing.join(', ')}`)
  return body.map(({ cells, line }) => {
    const where = `line ${line}`
    if (cells.length !== columns.length) {
      throw new ImportFileError(`${where}: has ${cells.length} cells, the header has ${columns.length}`)
    }
    const row: Record<string, unknown> = {}
    columns.forEach((column, index) => {
      const cell = cells[index] ?? ''
      row[column] = column === 'version' ? csvNumber(cell) : column === 'data' ? csvJson(cell, where) : cell
    })
    return { row, where }
  })
}

const csvNumber = (cell: string): unknown => (/^\s*-?\d+(\.\d+)?\s*$/.test(cell) ? Number(cell) : cell)

function csvJson(cell: string, where: string): unknown {
  try {
    return JSON.parse(cell)
  } catch {
    throw new ImportFileError(`${where}: data is not JSON`)
  }
}

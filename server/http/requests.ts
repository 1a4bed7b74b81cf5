import { InvalidAppendError, type ExpectedVersion, type ImportEvent, type NewEvent } from '../../src/kernel/eventstore'
import { nameProblem, validateReadAll, validateReadStream } from '../../src/kernel/eventstore/validation'
import { z } from '../../src/kernel/zod'
import { HttpRefusal } from './errors'

/** The most events one read returns; a client reads a longer log page by page. */
export const MAX_READ = 10_000

const refuse = (message: string): never => {
  throw new HttpRefusal(400, 'BadRequest', message)
}

/** The first problem zod found, as "field: problem". */
function parseWith<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const field = issue?.path.length ? issue.path.join('.') : what
  return refuse(`${field}: ${issue?.message ?? 'is not what this request takes'}: nothing was written.`)
}

const appendBody = z.strictObject({
  streamId: z.string('must be a string such as Order-order-001'),
  events: z.array(z.unknown(), 'must be an array of events'),
  expectedVersion: z
    .union([z.number(), z.string()], 'must be a version number or any, no_stream, stream_exists')
    .optional(),
  recordedAt: z.iso.datetime({ offset: true, message: 'must be an ISO-8601 date and time' }).optional(),
  sessionId: z.string('must be a string').optional(),
})

export interface AppendBody {
  readonly streamId: string
  readonly events: readonly NewEvent[]
  readonly expectedVersion?: ExpectedVersion
  readonly recordedAt?: string
  readonly sessionId: string
}

/** An append's body; its events are checked by the port's own rules after this. */
export function parseAppend(body: unknown): AppendBody {
  const parsed = parseWith(appendBody, body, 'body')
  const sessionId = parsed.sessionId ?? 'shared-store'
  const problem = nameProblem(sessionId)
  if (problem) throw new InvalidAppendError('sessionId', problem)
  return {
    streamId: parsed.streamId,
    events: parsed.events as readonly NewEvent[],
    ...(parsed.expectedVersion === undefined ? {} : { expectedVersion: parsed.expectedVersion as ExpectedVersion }),
    ...(parsed.recordedAt === undefined ? {} : { recordedAt: new Date(parsed.recordedAt).toISOString() }),
    sessionId,
  }
}

const importBody = z.strictObject({
  events: z.array(z.unknown(), 'must be an array of events'),
  replace: z.boolean('must be true or false').optional(),
})

/** An import's body; each event is checked by the port's import rules after this. */
export function parseImport(body: unknown): { events: readonly ImportEvent[]; replace: boolean } {
  const parsed = parseWith(importBody, body, 'body')
  return { events: parsed.events as readonly ImportEvent[], replace: parsed.replace ?? false }
}

type Query = Record<string, string | undefined>

/** A whole number from the query string, or the default when it is absent. */
function whole(query: Query, name: string, fallback: number | undefined): number | undefined {
  const text = query[name]
  if (text === undefined || text === '') return fallback
  if (!/^\d{1,15}$/.test(text)) return refuse(`${name}: must be a whole number, 0 or more.`)
  return Number(text)
}

export function parseStreamQuery(query: Query): { streamId: string; fromVersion: number; toVersion?: number } {
  const streamId = query.streamId ?? refuse('streamId: is missing (a stream such as Order-order-001).')
  const fromVersion = whole(query, 'fromVersion', 1) as number
  const toVersion = whole(query, 'toVersion', undefined)
  validateReadStream(streamId, { fromVersion, ...(toVersion === undefined ? {} : { toVersion }) })
  return { streamId, fromVersion: Math.max(fromVersion, 1), ...(toVersion === undefined ? {} : { toVersion }) }
}

export function parseReadAllQuery(query: Query): { fromPosition: number; limit: number } {
  const fromPosition = whole(query, 'from', 1) as number
  const limit = whole(query, 'limit', MAX_READ) as number
  validateReadAll({ fromPosition, limit })
  if (limit > MAX_READ) refuse(`limit: at most ${MAX_READ} events a read; read on from the last position.`)
  return { fromPosition: Math.max(fromPosition, 1), limit }
}

/** Where a subscriber resumes: after the event at `from` (0: from the start), whose id was `after`. */
export function parseSubscribeQuery(query: Query): { from: number; after?: string } {
  const from = whole(query, 'from', 0) as number
  const after = query.after === undefined || query.after === '' ? undefined : query.after
  return { from, ...(after === undefined ? {} : { after }) }
}

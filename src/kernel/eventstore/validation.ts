import { InvalidAppendError } from './errors'
import type { AppendOptions, ExpectedVersion, NewEvent, ReadAllOptions, ReadStreamOptions } from './types'

/** Longest stream id, event type or id accepted. */
export const MAX_NAME_LENGTH = 200
/** Deepest nesting accepted in event data and metadata. */
export const MAX_JSON_DEPTH = 32
/** Longest string accepted anywhere in event data. */
export const MAX_STRING_LENGTH = 10_000
/** Most values (numbers, strings, objects, ...) one event's data may hold. */
export const MAX_JSON_VALUES = 10_000
/** Most characters of text (strings and keys together) one event's data may hold. */
export const MAX_TEXT_LENGTH = 100_000

const STREAM_ID = /^[A-Z][A-Za-z0-9]*-\S+$/

/**
 * Control characters (NUL among them), lone surrogates (half a UTF-16 pair: not text) and
 * bidirectional controls (U+202E shows what follows reversed, so `Order-1\u202Etxt.exe` reads
 * as something else): refused in every id and type, where they could only hide or disguise.
 */
const UNSAFE_IN_NAMES = /[\p{Cc}\p{Cs}\p{Bidi_Control}]/u

/** Why a stream id, event id or type may not hold what it holds, or null when it is fine. */
export function unsafeNameProblem(name: string): string | null {
  const found = UNSAFE_IN_NAMES.exec(name)?.[0]
  if (found === undefined) return null
  const code = `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
  const kind = /\p{Cc}/u.test(found)
    ? 'a control character'
    : /\p{Cs}/u.test(found)
      ? 'a lone surrogate (half of a character)'
      : 'a bidirectional control (it changes how the text around it is shown)'
  return `holds ${code}, ${kind}, which ids and types may not hold`
}

/** What is wrong with a value as an id or a type (not a short, non-empty, safe string), or null. */
export function nameProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_NAME_LENGTH) {
    return `must be a non-empty string of at most ${MAX_NAME_LENGTH} characters`
  }
  return unsafeNameProblem(value)
}

export function validateStreamId(streamId: unknown): asserts streamId is string {
  if (typeof streamId !== 'string' || streamId.length === 0) {
    throw new InvalidAppendError('streamId', 'must be a non-empty string such as Order-order-001')
  }
  const unsafe = unsafeNameProblem(streamId)
  if (unsafe) throw new InvalidAppendError('streamId', unsafe)
  if (streamId.length > MAX_NAME_LENGTH || !STREAM_ID.test(streamId)) {
    throw new InvalidAppendError(
      'streamId',
      `must look like Category-id (a capitalised category, a dash, an id without spaces, at most ${MAX_NAME_LENGTH} characters), such as Order-order-001`,
    )
  }
}

export function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

function validateExpectedVersion(expected: unknown): asserts expected is ExpectedVersion {
  if (expected === 'any' || expected === 'no_stream' || expected === 'stream_exists') return
  if (!isNonNegativeInteger(expected)) {
    throw new InvalidAppendError(
      'expectedVersion',
      `must be a non-negative integer, 'any', 'no_stream' or 'stream_exists' (got ${describe(expected)})`,
    )
  }
}

function validateOptionalString(field: string, value: unknown, allowNull = false): void {
  if (value === undefined || (allowNull && value === null)) return
  const problem = nameProblem(value)
  if (problem) throw new InvalidAppendError(field, problem)
}

function validateEvent(event: NewEvent, index: number): void {
  const at = `events[${index}]`
  if (typeof event !== 'object' || event === null)
    throw new InvalidAppendError(at, 'must be an object with type and data')
  const typeProblem = nameProblem(event.type)
  if (typeProblem) throw new InvalidAppendError(`${at}.type`, typeProblem)
  validateOptionalString(`${at}.eventId`, event.eventId)
  assertPlainJson(event.data, `${at}.data`)
  const metadata = event.metadata
  if (metadata === undefined) return
  if (!isPlainObject(metadata)) throw new InvalidAppendError(`${at}.metadata`, 'must be a plain object')
  validateOptionalString(`${at}.metadata.correlationId`, metadata.correlationId)
  validateOptionalString(`${at}.metadata.causationId`, metadata.causationId, true)
  validateOptionalString(`${at}.metadata.sessionId`, metadata.sessionId)
  // Schema 0 is the learning material's shape, kept as written and upcast when read.
  if (metadata.schemaVersion !== undefined && !isNonNegativeInteger(metadata.schemaVersion)) {
    throw new InvalidAppendError(`${at}.metadata.schemaVersion`, 'must be a whole number, 0 or more')
  }
  if (metadata.command !== undefined) validateRecordedCommand(metadata.command, `${at}.metadata.command`)
}

/** A recorded command: a plain JSON object whose `type` names the command. */
export function validateRecordedCommand(command: unknown, path: string): void {
  if (!isPlainObject(command)) throw new InvalidAppendError(path, 'must be an object with the command type and fields')
  const problem = nameProblem(command.type)
  if (problem) throw new InvalidAppendError(`${path}.type`, problem)
  assertPlainJson(command, path)
}

/** Checks everything about an append that can be checked before touching storage. */
export function validateAppend(
  streamId: unknown,
  events: unknown,
  options: AppendOptions | undefined,
): ExpectedVersion {
  validateStreamId(streamId)
  if (!Array.isArray(events) || events.length === 0) {
    throw new InvalidAppendError('events', 'must be a non-empty array: an append records at least one event')
  }
  const typedEvents = events as readonly NewEvent[]
  typedEvents.forEach(validateEvent)
  const seen = new Set<string>()
  typedEvents.forEach((event, index) => {
    if (event.eventId === undefined) return
    if (seen.has(event.eventId)) {
      throw new InvalidAppendError(`events[${index}].eventId`, `${event.eventId} appears twice in the same append`)
    }
    seen.add(event.eventId)
  })
  const expected = options?.expectedVersion ?? 'any'
  validateExpectedVersion(expected)
  return expected
}

function validateRangeBound(field: string, value: unknown, minimum: number): void {
  if (value === undefined) return
  if (!isNonNegativeInteger(value) || value < minimum) {
    throw new InvalidAppendError(field, `must be an integer of at least ${minimum} (got ${describe(value)})`)
  }
}

export function validateReadStream(streamId: unknown, options: ReadStreamOptions | undefined): void {
  validateStreamId(streamId)
  validateRangeBound('fromVersion', options?.fromVersion, 0)
  validateRangeBound('toVersion', options?.toVersion, 0)
}

export function validateReadAll(options: ReadAllOptions | undefined): void {
  validateRangeBound('fromPosition', options?.fromPosition, 0)
  validateRangeBound('limit', options?.limit, 1)
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

function describe(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value)
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40))
  if (typeof value === 'bigint') return `${value}n (a bigint)`
  if (typeof value === 'function') return 'a function'
  if (typeof value === 'symbol') return 'a symbol'
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name
  return name ? `a ${name}` : 'an object'
}

/**
 * Throws InvalidAppendError, naming the path, unless `value` is plain JSON that survives
 * `JSON.stringify` unchanged: no undefined, functions, symbols, bigints, NaN, Infinity,
 * cycles, sparse arrays or class instances (Date, Map, ...).
 */
export function assertPlainJson(value: unknown, path: string): void {
  const ancestors = new Set<object>()
  let values = 0
  let text = 0
  // Counted as the walk goes, so a huge value is refused early rather than walked to the end.
  const countText = (at: string, characters: number): void => {
    text += characters
    if (characters > MAX_STRING_LENGTH)
      throw new InvalidAppendError(at, `is ${characters} characters long, more than the ${MAX_STRING_LENGTH} allowed`)
    if (text > MAX_TEXT_LENGTH)
      throw new InvalidAppendError(path, `holds more than ${MAX_TEXT_LENGTH} characters of text`)
  }
  const visit = (node: unknown, at: string, depth: number): void => {
    values += 1
    if (values > MAX_JSON_VALUES) throw new InvalidAppendError(path, `holds more than ${MAX_JSON_VALUES} values`)
    if (typeof node === 'string') countText(at, node.length)
    if (node === null || typeof node === 'string' || typeof node === 'boolean') return
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) throw new InvalidAppendError(at, `${describe(node)} is not a JSON number`)
      // Past 2^53 a number no longer holds every integer: 9007199254740993 reads as ...992.
      if (Math.abs(node) > Number.MAX_SAFE_INTEGER) {
        throw new InvalidAppendError(
          at,
          `${describe(node)} is beyond ±${Number.MAX_SAFE_INTEGER}, where numbers are not kept exactly (write it as a string)`,
        )
      }
      return
    }
    if (typeof node !== 'object') throw new InvalidAppendError(at, `${describe(node)} is not JSON`)
    if (depth > MAX_JSON_DEPTH) throw new InvalidAppendError(at, `is nested deeper than ${MAX_JSON_DEPTH} levels`)
    if (ancestors.has(node)) throw new InvalidAppendError(at, 'refers back to itself (a cycle is not JSON)')
    ancestors.add(node)
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index += 1) {
        if (!(index in node))
          throw new InvalidAppendError(`${at}[${index}]`, 'is a hole in a sparse array, which is not JSON')
        visit(node[index], `${at}[${index}]`, depth + 1)
      }
    } else if (isPlainObject(node)) {
      if (Object.getOwnPropertySymbols(node).length > 0)
        throw new InvalidAppendError(at, 'has symbol keys, which are not JSON')
      for (const [key, child] of Object.entries(node)) {
        countText(`${at} key ${JSON.stringify(key.slice(0, 40))}`, key.length)
        visit(child, `${at}.${key}`, depth + 1)
      }
    } else {
      throw new InvalidAppendError(
        at,
        `${describe(node)} is not plain JSON (use strings, numbers, booleans, null, arrays and plain objects)`,
      )
    }
    ancestors.delete(node)
  }
  visit(value, path, 0)
}

/** What is wrong with a value as event data (not JSON, too deep, too big), or null. Never overflows the stack. */
export function eventDataProblem(value: unknown, path: string): string | null {
  try {
    assertPlainJson(value, path)
    return null
  } catch (error) {
    if (error instanceof InvalidAppendError) return error.message
    throw error
  }
}

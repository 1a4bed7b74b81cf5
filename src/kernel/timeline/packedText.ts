/**
 * Two kinds of text every event carries, packed into numbers: its id when it is a UUID (16 bytes
 * instead of a 36-character string) and its time when it is an ISO-8601 UTC instant as
 * `toISOString` writes it (8 bytes instead of a 24-character string). Text of any other form is
 * refused here (null), and the caller keeps it as it is.
 */

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'))
/** The string offsets of the 16 bytes of a UUID, between its dashes. */
const UUID_BYTE_AT = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34]
const DASHES = [8, 13, 18, 23]

/** The value of a lowercase hex digit, or -1. */
function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48
  if (code >= 97 && code <= 102) return code - 87
  return -1
}

/** Writes a lowercase UUID's 16 bytes at `offset`; false (and nothing meaningful written) for any other text. */
export function packUuid(text: string, into: Uint8Array, offset: number): boolean {
  if (text.length !== 36) return false
  for (const dash of DASHES) if (text.charCodeAt(dash) !== 45) return false
  for (let byte = 0; byte < 16; byte += 1) {
    const at = UUID_BYTE_AT[byte] as number
    const high = hexDigit(text.charCodeAt(at))
    const low = hexDigit(text.charCodeAt(at + 1))
    if (high < 0 || low < 0) return false
    into[offset + byte] = high * 16 + low
  }
  return true
}

/** The UUID whose 16 bytes start at `offset`. */
export function unpackUuid(from: Uint8Array, offset: number): string {
  let text = ''
  for (let byte = 0; byte < 16; byte += 1) {
    if (byte === 4 || byte === 6 || byte === 8 || byte === 10) text += '-'
    text += HEX[from[offset + byte] as number] as string
  }
  return text
}

/** The digits of `text` from `start` to `end` as a number, or -1 when one is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0
  for (let at = start; at < end; at += 1) {
    const digit = text.charCodeAt(at) - 48
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

/** `YYYY-MM-DDTHH:mm:ss.sssZ`: the punctuation at its offsets. */
const ISO_PUNCTUATION: ReadonlyArray<readonly [number, number]> = [
  [4, 45],
  [7, 45],
  [10, 84],
  [13, 58],
  [16, 58],
  [19, 46],
  [23, 90],
]

const DAY_MS = 86_400_000
/** The last day packed, as text (`YYYY-MM-DD`) and as the milliseconds of its start: a log's times fall on a few days. */
let packedDayText = ''
let packedDayMs = 0

/** The milliseconds at which the day `YYYY-MM-DD` at the start of `text` begins, or null if there is no such day. */
function dayMsOf(text: string): number | null {
  const year = digits(text, 0, 4)
  const month = digits(text, 5, 7)
  const day = digits(text, 8, 10)
  if (year < 0 || month < 1 || month > 12 || day < 1) return null
  const ms = Date.UTC(year, month - 1, day)
  // Date.UTC takes years 0–99 as 1900–1999 and rolls a 31st of a short month over: both are other text.
  const date = new Date(ms)
  return date.getUTCDate() === day && date.getUTCFullYear() === year ? ms : null
}

/**
 * The milliseconds of an instant written exactly as `new Date(ms).toISOString()` writes it for
 * years 0000–9999, or null for any other text (so unpacking gives back the very same string).
 * The day is checked with a Date once and kept; the time of day is only digits.
 */
export function packIsoTime(text: string): number | null {
  if (text.length !== 24) return null
  for (const [at, code] of ISO_PUNCTUATION) if (text.charCodeAt(at) !== code) return null
  const hour = digits(text, 11, 13)
  const minute = digits(text, 14, 16)
  const second = digits(text, 17, 19)
  const millisecond = digits(text, 20, 23)
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || millisecond < 0) return null
  const timeOfDay = ((hour * 60 + minute) * 60 + second) * 1000 + millisecond
  if (packedDayText === '' || !text.startsWith(packedDayText)) {
    const dayMs = dayMsOf(text)
    if (dayMs === null) return null
    packedDayText = text.slice(0, 10)
    packedDayMs = dayMs
  }
  return packedDayMs + timeOfDay
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'))
const THREE_DIGITS = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'))
/** The last day unpacked and its `YYYY-MM-DDT`: a log's times mostly fall on a few days. */
let unpackedDay = Number.NaN
let unpackedDayText = ''

/**
 * `new Date(ms).toISOString()`, written from the day's text (formatted once a day) and the time of
 * day's digits: the page reads an event's time for every row shown and every event exported or
 * copied, and `toISOString` made each read cost a Date.
 */
export function unpackIsoTime(ms: number): string {
  const day = Math.floor(ms / DAY_MS)
  if (day !== unpackedDay) {
    const text = new Date(ms).toISOString()
    if (text.length !== 24) return text
    unpackedDay = day
    unpackedDayText = text.slice(0, 11)
  }
  let rest = ms - day * DAY_MS
  const millisecond = rest % 1000
  rest = (rest - millisecond) / 1000
  const second = rest % 60
  rest = (rest - second) / 60
  const minute = rest % 60
  const hour = (rest - minute) / 60
  return `${unpackedDayText}${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[second]}.${THREE_DIGITS[millisecond]}Z`
}

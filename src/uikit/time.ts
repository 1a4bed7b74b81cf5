import { useRememberedValue } from './useRememberedValue'

/** How every panel shows a moment: in UTC (as stored), or in the browser's time zone. */
export type TimeZoneChoice = 'UTC' | 'Local'

export const TIME_ZONE_CHOICES: readonly TimeZoneChoice[] = ['UTC', 'Local']

/** The one time setting, remembered: the log, the event details, the audit trail and As of all read it. */
export function useTimeZone(): [TimeZoneChoice, (zone: TimeZoneChoice) => void] {
  return useRememberedValue<TimeZoneChoice>('playground.timeZone', TIME_ZONE_CHOICES, 'UTC')
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

interface Parts {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hours: number
  readonly minutes: number
  readonly seconds: number
}

function partsOf(date: Date, zone: TimeZoneChoice): Parts {
  return zone === 'UTC'
    ? {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hours: date.getUTCHours(),
        minutes: date.getUTCMinutes(),
        seconds: date.getUTCSeconds(),
      }
    : {
        year: date.getFullYear(),
        month: date.getMonth() + 1,
        day: date.getDate(),
        hours: date.getHours(),
        minutes: date.getMinutes(),
        seconds: date.getSeconds(),
      }
}

const dayOf = (parts: Parts) => `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`
const timeOf = (parts: Parts) => `${pad(parts.hours)}:${pad(parts.minutes)}:${pad(parts.seconds)}`
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** What the zone is called after a time: "UTC", or "local time". */
export function zoneWords(zone: TimeZoneChoice): string {
  return zone === 'UTC' ? 'UTC' : 'local time'
}

/** "2026-11-22 10:00:05", in the zone. */
export function formatMoment(iso: string, zone: TimeZoneChoice): string {
  const parts = partsOf(new Date(iso), zone)
  return `${dayOf(parts)} ${timeOf(parts)}`
}

/** For the log's narrow column: "10:00:05" on the day `now` is in, "Nov 22 10:00" on another day, "2024-01-05" in another year. */
export function formatLogTime(iso: string, zone: TimeZoneChoice, now: Date = new Date()): string {
  const parts = partsOf(new Date(iso), zone)
  const today = partsOf(now, zone)
  if (dayOf(parts) === dayOf(today)) return timeOf(parts)
  // Another year: the date alone fits the column; the event's details give the time.
  if (parts.year !== today.year) return dayOf(parts)
  return `${MONTHS[parts.month - 1]} ${parts.day} ${pad(parts.hours)}:${pad(parts.minutes)}`
}

/** The value a datetime-local input shows for a moment, in the zone: "2026-11-22T10:00:05". */
export function toDateTimeInput(iso: string, zone: TimeZoneChoice): string {
  const parts = partsOf(new Date(iso), zone)
  return `${dayOf(parts)}T${timeOf(parts)}`
}

/** The moment a datetime-local value names in the zone, or null when it is not a whole date and time. */
export function fromDateTimeInput(value: string, zone: TimeZoneChoice): Date | null {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(value)) return null
  const date = new Date(zone === 'UTC' ? `${value}Z` : value)
  return Number.isNaN(date.getTime()) ? null : date
}

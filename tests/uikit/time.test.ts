import { describe, expect, it } from 'vitest'
import { formatLogTime, formatMoment, fromDateTimeInput, toDateTimeInput } from '../../src/uikit/time'

describe('one time setting', () => {
  const iso = '2026-11-22T10:00:05.123Z'

  it('shows the time alone on today’s date, and the date too on another day', () => {
    expect(formatLogTime(iso, 'UTC', new Date('2026-11-22T23:59:00Z'))).toBe('10:00:05')
    expect(formatLogTime(iso, 'UTC', new Date('2026-11-23T00:01:00Z'))).toBe('Nov 22 10:00')
    expect(formatLogTime('2024-01-05T14:30:00Z', 'UTC', new Date('2026-11-23T00:01:00Z'))).toBe('2024-01-05')
  })

  it('writes and reads a moment in UTC whatever the machine’s zone', () => {
    expect(formatMoment(iso, 'UTC')).toBe('2026-11-22 10:00:05')
    expect(toDateTimeInput(iso, 'UTC')).toBe('2026-11-22T10:00:05')
    expect(fromDateTimeInput('2026-11-22T10:00', 'UTC')?.toISOString()).toBe('2026-11-22T10:00:00.000Z')
  })

  it('reads a datetime-local value in the local zone as the browser does', () => {
    expect(fromDateTimeInput('2026-11-22T10:00:05', 'Local')?.getTime()).toBe(new Date('2026-11-22T10:00:05').getTime())
    expect(toDateTimeInput(new Date('2026-11-22T10:00:05').toISOString(), 'Local')).toBe('2026-11-22T10:00:05')
  })

  it('refuses a value that is not a whole date and time', () => {
    expect(fromDateTimeInput('', 'UTC')).toBeNull()
    expect(fromDateTimeInput('2026-11-22', 'Local')).toBeNull()
  })
})

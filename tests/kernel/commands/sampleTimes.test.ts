import { describe, expect, it } from 'vitest'
import { SAMPLE_DAYS, sampleTimes } from '../../../src/kernel/commands/loadSample'

describe('sampleTimes', () => {
  const now = new Date('2026-11-29T08:00:00.000Z')

  it('spreads the sample over the last days, forward in time, ending no later than now', () => {
    const times = sampleTimes(15, now, null)
    const days = new Set(times.map((time) => time.toISOString().slice(0, 10)))
    expect(days.size).toBe(SAMPLE_DAYS)
    expect(times.map(Number)).toEqual([...times.map(Number)].sort((a, b) => a - b))
    expect(times.at(-1)!.getTime()).toBeLessThanOrEqual(now.getTime())
    expect(times.at(-1)!.toISOString().slice(0, 10)).toBe('2026-11-29')
  })

  it('never goes back before the store’s last event, so time runs forward through the log', () => {
    const last = new Date('2026-11-28T12:00:00.000Z')
    const times = sampleTimes(15, now, last)
    expect(times.every((time) => time.getTime() > last.getTime())).toBe(true)
    expect(times.map(Number)).toEqual([...times.map(Number)].sort((a, b) => a - b))
  })
})

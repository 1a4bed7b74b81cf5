/** A quantile of samples (nearest rank); NaN for none. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5)

/** The spread the table prints: the smallest and largest run. */
export function spread(samples: readonly number[]): string {
  if (samples.length === 0) return '–'
  return `${round(Math.min(...samples))}–${round(Math.max(...samples))}`
}

export const round = (value: number) =>
  Math.abs(value) >= 100
    ? Math.round(value)
    : Math.abs(value) >= 10
      ? Number(value.toFixed(1))
      : Number(value.toFixed(2))

/** One case as latest.json holds it. */
export interface CaseResult {
  readonly value: number
  readonly unit: string
  readonly target: number
  readonly better: 'lower' | 'higher'
  readonly runs: number[]
  readonly baseline?: number[]
  /** What the value is, in words, for the table. */
  readonly detail: string
}

export const passes = (result: CaseResult) =>
  result.better === 'lower' ? result.value <= result.target : result.value >= result.target

/** A case whose figure is the p95 of requestAnimationFrame deltas, against one 60 Hz frame. */
export const frameCase = (frames: number[], detail: string): CaseResult => ({
  value: quantile(frames, 0.95),
  unit: 'ms p95 frame',
  target: 16.7,
  better: 'lower',
  runs: frames,
  detail: `${frames.length} frames${detail}; median ${round(median(frames))} ms`,
})

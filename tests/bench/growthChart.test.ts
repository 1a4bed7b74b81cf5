import { describe, expect, it } from 'vitest'
import { growthChart } from '../../scripts/bench/growthChart'
import { BenchResults } from '../../scripts/bench/results'
import type { CaseResult } from '../../scripts/bench/stats'

const SIZES = [10_000, 100_000, 1_000_000]

const result = (value: number, runs: number[], baseline?: number[]): CaseResult => ({
  value,
  unit: 'ms',
  target: 1,
  better: 'lower',
  runs,
  ...(baseline ? { baseline } : {}),
  detail: '',
})

describe('bench results and the growth chart', () => {
  it('keeps a sized case as <case>@<events>, and the plain size under the plain name too', () => {
    const results = new BenchResults(100_000)
    for (const events of SIZES) results.primary('seek', events, result(events / 1e5, [1]))
    results.primary('bundle', null, result(200, [200]))
    expect(Object.keys(results.cases).sort()).toEqual(['bundle', 'seek', 'seek@10000', 'seek@100000', 'seek@1000000'])
    expect(results.cases.seek).toBe(results.cases['seek@100000'])
    expect(results.bySize('seek').map(({ events }) => events)).toEqual(SIZES)
  })

  it('draws each series through its sizes, on log scales, higher values higher up', () => {
    const results = new BenchResults(100_000)
    // Import time grows with the log; the raw put beside it too.
    SIZES.forEach((events) => results.primary('import', events, result(1, [events / 10], [events / 12])))
    const svg = growthChart(results, SIZES, 'caption')
    const importPanel = svg.slice(svg.indexOf('>Import'), svg.indexOf('>Cold start'))
    const lines = [...importPanel.matchAll(/<polyline points="([^"]+)"/g)].map((match) =>
      (match[1] as string).split(' ').map((point) => point.split(',').map(Number)),
    )
    expect(lines).toHaveLength(2)
    const [ours] = lines as [number[][]]
    expect(ours).toHaveLength(3)
    // x grows with the size, equally per tenfold (log scale); y (SVG: down is larger) rises with the time.
    const [a, b, c] = ours as [number[], number[], number[]]
    expect((b[0] as number) - (a[0] as number)).toBeCloseTo((c[0] as number) - (b[0] as number), 5)
    expect(b[1]).toBeLessThan(a[1] as number)
    expect(c[1]).toBeLessThan(b[1] as number)
    expect((a[1] as number) - (b[1] as number)).toBeCloseTo((b[1] as number) - (c[1] as number), 5)
    expect(svg).toContain('caption')
  })
})

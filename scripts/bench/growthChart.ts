/**
 * The growth curve: each cost of the bench against the log's size, both axes on a log scale, so a
 * cost that grows with the log rises at the slope of the dotted "grows with the log" line, a flat
 * one stays level, and one that grows faster than the log rises more steeply. Written as SVG by
 * the full bench for the README.
 */
import type { BenchResults } from './results'
import { median, quantile, type CaseResult } from './stats'

interface Series {
  readonly label: string
  readonly points: ReadonlyArray<{ readonly events: number; readonly value: number }>
}

interface Panel {
  readonly title: string
  readonly unit: string
  readonly series: readonly Series[]
  readonly target?: number
  /** A cost per event: flat is right, and a line of a cost that grows with the log would mislead. */
  readonly perEvent?: boolean
}

const COLOURS = ['#2563eb', '#dc2626', '#059669', '#9333ea']
const WIDTH = 300
const HEIGHT = 220
const MARGIN = { left: 52, right: 12, top: 30, bottom: 34 }

const sized = (results: BenchResults, name: string, read: (result: CaseResult) => number) =>
  results
    .bySize(name)
    .map(({ events, result }) => ({ events, value: read(result) }))
    .filter((point) => point.value > 0 && Number.isFinite(point.value))

const runsMedian = (result: CaseResult) => median(result.runs)
const baselineMedian = (result: CaseResult) => median(result.baseline ?? [])
const runsP95 = (result: CaseResult) => quantile(result.runs, 0.95)
const baselineP95 = (result: CaseResult) => quantile(result.baseline ?? [], 0.95)

function panelsOf(results: BenchResults): Panel[] {
  const value = (result: CaseResult) => result.value
  return [
    {
      title: 'Import',
      unit: 'ms',
      series: [
        { label: 'ours', points: sized(results, 'import', runsMedian) },
        { label: 'raw put', points: sized(results, 'import', baselineMedian) },
      ],
    },
    {
      title: 'Cold start',
      unit: 'ms',
      target: 2_000,
      series: [
        { label: 'latest state', points: sized(results, 'cold start: latest state', value) },
        { label: 'whole log', points: sized(results, 'cold start', runsMedian) },
        { label: 'raw getAll', points: sized(results, 'cold start', baselineMedian) },
      ],
    },
    {
      title: 'Read models from empty',
      unit: 'ms',
      series: [{ label: 'catch-up', points: sized(results, 'read models', runsMedian) }],
    },
    {
      title: 'Command',
      unit: 'ms p95',
      series: [
        { label: 'ours', points: sized(results, 'command', runsP95) },
        { label: 'raw rw transaction', points: sized(results, 'command', baselineP95) },
      ],
    },
    {
      title: 'Seek',
      unit: 'ms p99',
      target: 1,
      series: [{ label: 'what the panels read', points: sized(results, 'seek', value) }],
    },
    {
      title: 'Frames',
      unit: 'ms p95',
      target: 16.7,
      series: [
        { label: 'drag', points: sized(results, 'drag', value) },
        { label: 'scroll', points: sized(results, 'scroll', value) },
      ],
    },
    {
      title: 'Memory',
      unit: 'bytes per event',
      target: 150,
      perEvent: true,
      series: [{ label: 'heap and buffers', points: sized(results, 'memory', value) }],
    },
    {
      title: 'Debugger',
      unit: 'ms p95',
      series: [
        { label: 'blame', points: sized(results, 'blame', value) },
        { label: 'what-if', points: sized(results, 'what-if', value) },
        { label: 'compare', points: sized(results, 'compare', value) },
      ],
    },
  ]
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
const sizeLabel = (events: number) => (events >= 1e6 ? `${events / 1e6}M` : `${events / 1e3}k`)
const tickLabel = (value: number) =>
  value >= 1_000 ? `${value / 1_000}k`.replace('000k', 'M') : value >= 1 ? String(value) : value.toPrecision(1)

function drawPanel(panel: Panel, sizes: readonly number[], x0: number, y0: number): string {
  const values = panel.series.flatMap((series) => series.points.map((point) => point.value))
  if (panel.target !== undefined) values.push(panel.target)
  if (values.length === 0 || sizes.length === 0) return ''
  const low = 10 ** Math.floor(Math.log10(Math.min(...values)))
  const high = 10 ** Math.ceil(Math.log10(Math.max(...values) * 1.01))
  const [first, last] = [Math.min(...sizes), Math.max(...sizes)]
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const x = (events: number) =>
    x0 +
    MARGIN.left +
    (last === first ? plotWidth / 2 : (Math.log10(events / first) / Math.log10(last / first)) * plotWidth)
  const y = (value: number) =>
    y0 + MARGIN.top + plotHeight - (Math.log10(value / low) / Math.log10(high / low)) * plotHeight
  const parts = [
    `<text x="${x0 + MARGIN.left}" y="${y0 + 18}" font-weight="600">${escape(panel.title)} <tspan font-weight="400" fill="#555">(${escape(panel.unit)}, log)</tspan></text>`,
  ]
  for (let tick = low; tick <= high; tick *= 10) {
    parts.push(
      `<line x1="${x(first)}" x2="${x(last)}" y1="${y(tick)}" y2="${y(tick)}" stroke="#e5e7eb"/>`,
      `<text x="${x0 + MARGIN.left - 6}" y="${y(tick) + 4}" text-anchor="end" fill="#555">${tickLabel(tick)}</text>`,
    )
  }
  for (const events of sizes)
    parts.push(
      `<text x="${x(events)}" y="${y0 + HEIGHT - 14}" text-anchor="middle" fill="#555">${sizeLabel(events)}</text>`,
    )
  if (panel.target !== undefined)
    parts.push(
      `<line x1="${x(first)}" x2="${x(last)}" y1="${y(panel.target)}" y2="${y(panel.target)}" stroke="#111" stroke-dasharray="6 3"/>`,
      `<text x="${x(last)}" y="${y(panel.target) - 4}" text-anchor="end" fill="#111">target ${panel.target}</text>`,
    )
  // "Grows with the log": a slope of one from the first series' first point, up to the top of the plot.
  const anchor = panel.series[0]?.points[0]
  if (anchor && last > first && panel.perEvent !== true) {
    const end = Math.min(last, (anchor.events * high) / anchor.value)
    parts.push(
      `<line x1="${x(anchor.events)}" y1="${y(anchor.value)}" x2="${x(end)}" y2="${y((anchor.value * end) / anchor.events)}" stroke="#9ca3af" stroke-dasharray="2 3"/>`,
    )
  }
  panel.series.forEach((series, index) => {
    const colour = COLOURS[index % COLOURS.length] as string
    const path = series.points.map((point) => `${x(point.events)},${y(point.value)}`).join(' ')
    parts.push(`<polyline points="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`)
    for (const point of series.points)
      parts.push(`<circle cx="${x(point.events)}" cy="${y(point.value)}" r="3" fill="${colour}"/>`)
    parts.push(
      `<text x="${x0 + MARGIN.left + 4}" y="${y0 + MARGIN.top + 12 + index * 13}" fill="${colour}">${escape(series.label)}</text>`,
    )
  })
  return parts.join('\n')
}

/** The SVG of every panel, four to a row. */
export function growthChart(results: BenchResults, sizes: readonly number[], caption: string): string {
  const panels = panelsOf(results)
  const columns = 4
  const rows = Math.ceil(panels.length / columns)
  const [width, height] = [columns * WIDTH, rows * HEIGHT + 28]
  const body = panels.map((panel, index) =>
    drawPanel(panel, sizes, (index % columns) * WIDTH, Math.floor(index / columns) * HEIGHT),
  )
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    ...body,
    `<text x="12" y="${height - 10}" fill="#555">${escape(caption)}</text>`,
    '</svg>',
    '',
  ].join('\n')
}

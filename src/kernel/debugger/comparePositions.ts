import type { FieldChange, VersionedState } from '../domainModule'
import type { Projection, ReadModelTableView } from '../readside/projection'
import type { DomainRegistry } from '../replayStream'

/** One stream that changed between two positions, field by field. */
export interface StreamDifference {
  readonly streamId: string
  /** Its domain's title: "Order". */
  readonly domain: string
  readonly changes: readonly FieldChange[]
}

/** One read-model row that changed between two positions, column by column ('—' where the row was not there). */
export interface RowDifference {
  readonly caption: string
  readonly rowKey: string
  /** The row's header cell, as its table shows it. */
  readonly rowName: string
  readonly changes: readonly FieldChange[]
}

/** What a comparison reads of the log: its events in position order and any stream's state at a position. */
export interface ComparableLog {
  readonly events: readonly { readonly streamId: string }[]
  stateAt(streamId: string, position: number): VersionedState | undefined
}

/** Two positions in order, inside the log. */
export function orderedPositions(from: number, to: number, length: number): readonly [number, number] {
  const clamp = (position: number) => Math.max(0, Math.min(Math.floor(position), length))
  const [a, b] = [clamp(from), clamp(to)]
  return a <= b ? [a, b] : [b, a]
}

/**
 * Every stream with an event between `from` (exclusive) and `to` (inclusive), and how its
 * domain's `diff` says it changed: only those streams can differ, so the others cost nothing.
 * Streams in order of their first event in that range; no domain, no comparison.
 */
export function compareStreams(
  log: ComparableLog,
  domains: DomainRegistry,
  from: number,
  to: number,
): StreamDifference[] {
  const [start, end] = orderedPositions(from, to, log.events.length)
  const touched = new Set<string>()
  for (let index = start; index < end; index += 1) {
    const event = log.events[index]
    if (event) touched.add(event.streamId)
  }
  const differences: StreamDifference[] = []
  for (const streamId of touched) {
    const module = domains.forStream(streamId)
    const before = log.stateAt(streamId, start)
    const after = log.stateAt(streamId, end)
    if (!module || !before || !after) continue
    const changes = module.diff(before, after) as readonly FieldChange[]
    if (changes.length > 0) differences.push({ streamId, domain: module.title, changes })
  }
  return differences
}

/** Every row of `before` and `after` (tables of one read model) that differs, cell by cell. */
export function compareTables(
  before: readonly ReadModelTableView[],
  after: readonly ReadModelTableView[],
): RowDifference[] {
  const differences: RowDifference[] = []
  for (const table of after) {
    const earlier = before.find((candidate) => candidate.caption === table.caption)
    const was = new Map(earlier?.rows.map((row) => [row.key, row.cells.map(String)]))
    const is = new Map(table.rows.map((row) => [row.key, row.cells.map(String)]))
    const keys = new Set([...was.keys(), ...is.keys()])
    for (const rowKey of keys) {
      const old = was.get(rowKey)
      const now = is.get(rowKey)
      const changes = table.columns.flatMap((column, index) => {
        const a = old?.[index] ?? '—'
        const b = now?.[index] ?? '—'
        return a === b ? [] : [{ field: column, before: a, after: b }]
      })
      const rowName = now?.[0] ?? old?.[0] ?? rowKey
      if (changes.length > 0) differences.push({ caption: table.caption, rowKey, rowName, changes })
    }
  }
  return differences
}

/** Everything that differs between two positions: streams of every domain, rows of every read model. */
export interface PositionComparison {
  readonly from: number
  readonly to: number
  readonly streams: readonly StreamDifference[]
  readonly rows: readonly (RowDifference & { readonly readModel: string })[]
}

/**
 * Compares two positions across the registry: every stream with an event between them, and every
 * read model's rows, read at each position by `rowsAt` (a projection's table as of a position,
 * from the checkpoints the caller keeps).
 */
export function comparePositions(
  log: ComparableLog,
  domains: DomainRegistry,
  from: number,
  to: number,
  rowsAt: (projection: Projection<unknown>, position: number) => ReadonlyMap<string, unknown>,
): PositionComparison {
  const [start, end] = orderedPositions(from, to, log.events.length)
  const projections: readonly Projection<unknown>[] = domains.modules.flatMap((module) => module.projections)
  const rows = projections.flatMap((projection) =>
    compareTables(projection.tables(rowsAt(projection, start)), projection.tables(rowsAt(projection, end))).map(
      (row) => ({ ...row, readModel: projection.title }),
    ),
  )
  return { from: start, to: end, streams: compareStreams(log, domains, start, end), rows }
}

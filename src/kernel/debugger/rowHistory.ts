import { applyRowChanges, type Projection, type ProjectionEvent, type ReadModelTableView } from '../readside/projection'

/** Which cell of a read model a question is about: a table (by caption), a row (by key), a column (by heading). */
export interface CellAddress {
  readonly caption: string
  readonly rowKey: string
  readonly column: string
}

/** One event the projection folded into a row, and what the asked-about cell said before → after. */
export interface RowHistoryEntry {
  readonly position: number
  readonly streamId: string
  readonly type: string
  readonly before: string
  readonly after: string
}

/** A table row's cells as words, or undefined when the tables have no such row. */
function cellsOf(tables: readonly ReadModelTableView[], address: CellAddress): string[] | undefined {
  const table = tables.find((candidate) => candidate.caption === address.caption)
  return table?.rows.find((row) => row.key === address.rowKey)?.cells.map(String)
}

/** The words a cell shows in `tables`, or '—' when its row (or column) is not there. */
export function cellWords(tables: readonly ReadModelTableView[], address: CellAddress): string {
  const table = tables.find((candidate) => candidate.caption === address.caption)
  const column = table?.columns.indexOf(address.column) ?? -1
  const cells = cellsOf(tables, address)
  return column < 0 || cells === undefined ? '—' : (cells[column] ?? '—')
}

const sameCells = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a === b ||
  (a !== undefined && b !== undefined && a.length === b.length && a.every((cell, index) => cell === b[index]))

/**
 * The events a projection folded into one row of one of its tables, up to the end of `events`, with
 * the cell's words before → after each. The projection is folded from empty; an event counts when
 * the rows it wrote, drawn alone before and after it, draw the asked-about row differently: a
 * table row is drawn from the projection's rows, so an event that wrote none of them cannot change
 * it. Only those events pay for drawing the whole table, to read the cell as the panel shows it.
 */
export function rowHistory<Row>(
  projection: Projection<Row>,
  events: Iterable<ProjectionEvent>,
  address: CellAddress,
): RowHistoryEntry[] {
  const rows = new Map<string, Row>()
  const rowOf = (key: string) => rows.get(key)
  const entries: RowHistoryEntry[] = []
  let before = '—'
  for (const event of events) {
    const changes = projection.handle(event, rowOf)
    if (changes.length === 0) continue
    const was = new Map<string, Row>()
    for (const { key } of changes) {
      const row = rows.get(key)
      if (row !== undefined && !was.has(key)) was.set(key, row)
    }
    applyRowChanges(rows, changes)
    const now = new Map<string, Row>()
    for (const { key } of changes) {
      const row = rows.get(key)
      if (row !== undefined) now.set(key, row)
    }
    if (sameCells(cellsOf(projection.tables(was), address), cellsOf(projection.tables(now), address))) continue
    const after = cellWords(projection.tables(rows), address)
    entries.push({ position: event.position, streamId: event.streamId, type: event.type, before, after })
    before = after
  }
  return entries
}

import type { ReactNode } from 'react'
import { plural } from '../../uikit/format'
import { ScrollingTable } from '../../uikit/ScrollingTable'

/** How many rows a read-model table shows; the rest are counted, not drawn. */
export const MAX_SHOWN_ROWS = 100

/** A read model's rows as a table, the first hundred drawn. */
export function ReadModelTable<Row>(props: {
  caption: string
  columns: readonly string[]
  rows: readonly Row[]
  rowKey: (row: Row) => string
  cells: (row: Row) => readonly ReactNode[]
  noun: string
  /** Columns whose text wraps (a list, a sentence); every other cell stays on one line. */
  wrapColumns?: readonly number[]
}) {
  const { caption, columns, rows, rowKey, cells, noun, wrapColumns = [] } = props
  if (rows.length === 0) return <p className="empty">No {noun}s yet.</p>
  return (
    <>
      <ScrollingTable>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_SHOWN_ROWS).map((row) => (
            <tr key={rowKey(row)}>
              {cells(row).map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className={wrapColumns.includes(index) ? 'wraps' : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </ScrollingTable>
      {rows.length > MAX_SHOWN_ROWS && (
        <p className="panel-hint">
          Showing the first {MAX_SHOWN_ROWS} of {plural(rows.length, noun)}.
        </p>
      )}
    </>
  )
}

import type { ReadModelTableView } from '../../kernel/readside/projection'
import { plural } from '../../uikit/format'
import { ScrollingTable } from '../../uikit/ScrollingTable'

/** How many rows a read-model table shows; the rest are counted, not drawn. */
export const MAX_SHOWN_ROWS = 100

/** A read model's rows as a table, the first hundred drawn; its caption shown when it is one of several. */
export function ReadModelTable({ table, showCaption = false }: { table: ReadModelTableView; showCaption?: boolean }) {
  const { caption, columns, rows, noun, wrapColumns = [] } = table
  if (rows.length === 0) {
    return (
      <p className="empty">
        {showCaption && `${caption}: `}No {noun}s yet.
      </p>
    )
  }
  return (
    <>
      <ScrollingTable>
        <caption className={showCaption ? 'table-caption' : 'visually-hidden'}>{caption}</caption>
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
            <tr key={row.key}>
              {row.cells.map((cell, index) =>
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

import { useState } from 'react'
import type { ReadModelTableView } from '../../kernel/readside/projection'
import { plural } from '../../uikit/format'
import { ScrollingTable } from '../../uikit/ScrollingTable'

/** How many rows a read-model table shows; the rest are counted, not drawn. */
export const MAX_SHOWN_ROWS = 100

/** A select per query column: the rows whose cell there has the chosen value. */
function useQuery(table: ReadModelTableView) {
  const { caption, columns, rows, queryColumns = [] } = table
  const [chosen, setChosen] = useState<Readonly<Record<number, string>>>({})
  const matching = rows.filter((row) =>
    queryColumns.every((column) => !chosen[column] || String(row.cells[column]) === chosen[column]),
  )
  const controls =
    queryColumns.length === 0 ? null : (
      <div className="field-row read-model-query">
        {queryColumns.map((column) => (
          <label className="field" key={column}>
            {`${caption} where ${columns[column]?.toLowerCase() ?? ''} is`}
            <select
              value={chosen[column] ?? ''}
              onChange={(event) => setChosen({ ...chosen, [column]: event.target.value })}
            >
              <option value="">Any {columns[column]?.toLowerCase()}</option>
              {[...new Set(rows.map((row) => String(row.cells[column])))].sort().map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    )
  return { matching, controls }
}

/** A read model's rows as a table, the first hundred drawn; its caption shown when it is one of several. */
export function ReadModelTable({ table, showCaption = false }: { table: ReadModelTableView; showCaption?: boolean }) {
  const { caption, columns, noun, wrapColumns = [] } = table
  const { matching: rows, controls } = useQuery(table)
  if (table.rows.length === 0) {
    return (
      <p className="empty">
        {showCaption && `${caption}: `}No {noun}s yet.
      </p>
    )
  }
  return (
    <>
      {controls}
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

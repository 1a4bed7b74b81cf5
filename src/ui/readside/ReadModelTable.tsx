import { memo, useState } from 'react'
import type { CellAddress } from '../../kernel/debugger/rowHistory'
import type { ReadModelTableView } from '../../kernel/readside/projection'
import { WhyButton } from '../debugger/FieldHistory'
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

/** Asking why a cell says what it says: the cell asked about, and how to ask about another (or none). */
export interface CellQuestion {
  readonly asked: CellAddress | null
  ask(address: CellAddress | null): void
}

const sameCell = (a: CellAddress | null, b: CellAddress) =>
  a !== null && a.caption === b.caption && a.rowKey === b.rowKey && a.column === b.column

/**
 * A read model's rows as a table, the first hundred drawn; its caption shown when it is one of
 * several. With `question`, every cell but the row's header has a `Why <column>?` button.
 */
export const ReadModelTable = memo(function ReadModelTable({
  table,
  showCaption = false,
  question,
}: {
  table: ReadModelTableView
  showCaption?: boolean
  question?: CellQuestion
}) {
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
                    {question ? (
                      <CellWithWhy
                        address={{ caption, rowKey: row.key, column: columns[index] ?? '' }}
                        cell={cell}
                        question={question}
                      />
                    ) : (
                      cell
                    )}
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
})

function CellWithWhy({
  address,
  cell,
  question,
}: {
  address: CellAddress
  cell: string | number
  question: CellQuestion
}) {
  const pressed = sameCell(question.asked, address)
  return (
    <span className="why-cell">
      {cell}
      <WhyButton field={address.column} pressed={pressed} onAsk={() => question.ask(pressed ? null : address)} />
    </span>
  )
}

import { useState, type FormEvent } from 'react'
import { comparePositions, type PositionComparison } from '../../kernel/debugger/comparePositions'
import { groupThousands } from '../../kernel/money'
import { useDomains, usePlayground } from '../../react/PlaygroundProvider'
import { readModelAt } from '../../react/useReadModels'
import { usePosition } from '../../react/useTimeTravel'
import { ChangeList } from './ChangeList'

/** A whole position of the log, or why not. */
function positionIn(text: string, length: number, name: string): number | string {
  const value = Number(text.trim())
  if (text.trim() === '' || !Number.isInteger(value) || value < 0 || value > length)
    return `${name} must be a whole number from 0 to ${groupThousands(length)}.`
  return value
}

function ComparisonView({ comparison }: { comparison: PositionComparison }) {
  const { from, to, streams, rows } = comparison
  const nothing = streams.length === 0 && rows.length === 0
  return (
    <section role="region" aria-label="Changes between positions" className="comparison">
      <h3>
        Changes between positions {groupThousands(from)} and {groupThousands(to)}
      </h3>
      {nothing && <p className="empty">Nothing changed: no event between them changed a stream or a read model.</p>}
      {streams.length > 0 && (
        <>
          <h4>Streams ({streams.length})</h4>
          <ul className="comparison-list">
            {streams.map((stream) => (
              <li key={stream.streamId}>
                <strong>{stream.streamId}</strong>
                <ChangeList changes={stream.changes} label={`Changes of ${stream.streamId}`} />
              </li>
            ))}
          </ul>
        </>
      )}
      {rows.length > 0 && (
        <>
          <h4>Read-model rows ({rows.length})</h4>
          <ul className="comparison-list">
            {rows.map((row) => (
              <li key={`${row.caption}/${row.rowKey}`}>
                <strong>
                  {row.caption}: {row.rowName}
                </strong>
                <ChangeList changes={row.changes} label={`Changes of ${row.caption}: ${row.rowName}`} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

/** Two positions, and everything that differs between them: the diff Redux DevTools never had between any two points. */
export function ComparePositionsPanel() {
  const log = usePlayground((state) => state.log)
  const domains = useDomains()
  const position = usePosition()
  const [from, setFrom] = useState('0')
  const [to, setTo] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [comparison, setComparison] = useState<PositionComparison | null>(null)
  const shownTo = to ?? String(position)
  const compare = (event: FormEvent) => {
    event.preventDefault()
    const start = positionIn(from, log.length, 'From position')
    const end = positionIn(shownTo, log.length, 'To position')
    if (typeof start === 'string' || typeof end === 'string') {
      setProblem(typeof start === 'string' ? start : (end as string))
      return
    }
    setProblem(null)
    setComparison(comparePositions(log, domains, start, end, (projection, at) => readModelAt(log, projection, at)))
  }
  return (
    <section aria-labelledby="compare-heading" className="panel compare-panel">
      <h2 id="compare-heading">Compare positions</h2>
      <p className="panel-hint">
        Every stream and read-model row that differs between two positions, field by field. To position follows the
        cursor until you type one.
      </p>
      <form className="compare-form" onSubmit={compare} noValidate>
        <label className="field">
          From position
          <input inputMode="numeric" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label className="field">
          To position
          <input inputMode="numeric" value={shownTo} onChange={(event) => setTo(event.target.value)} />
        </label>
        <button type="submit">Compare positions</button>
      </form>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
      {comparison && <ComparisonView comparison={comparison} />}
    </section>
  )
}

import { useState } from 'react'
import type { FieldChange, StateField } from '../../kernel/domainModule'
import type { WhatIfChange, WhatIfStream } from '../../kernel/debugger/whatIf'
import { groupThousands } from '../../kernel/money'
import { usePlayground } from '../../react/PlaygroundProvider'
import { useIsLive } from '../../react/useTimeTravel'
import { ChangeList } from './ChangeList'
import { InsertCommandForm } from './InsertCommandForm'
import { useWhatIf, type ReadModelDifferences } from './useWhatIf'

/** A change in words: "Skip position 3 (ItemAdded on Order-order-001)". */
function changeWords(change: WhatIfChange, typeAt: (position: number) => string): string {
  switch (change.kind) {
    case 'skip':
      return `Skip position ${groupThousands(change.position)} (${typeAt(change.position)})`
    case 'edit':
      return `Edit the data of position ${groupThousands(change.position)} (${typeAt(change.position)})`
    case 'insert':
      return `Insert ${change.command.type} after position ${groupThousands(change.after)}`
  }
}

/** The real state and the what-if state of one stream, field by field, the differences marked. */
function SideBySide({ stream }: { stream: WhatIfStream }) {
  const real = stream.module.stateFields(stream.real) as readonly StateField[]
  const whatIf = new Map(
    (stream.module.stateFields(stream.whatIf) as readonly StateField[]).map((field) => [field.label, field.value]),
  )
  const changes = stream.module.diff(stream.real, stream.whatIf) as readonly FieldChange[]
  return (
    <div className="what-if-stream">
      <table className="what-if-table">
        <caption>{stream.streamId}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Real</th>
            <th scope="col">What if</th>
          </tr>
        </thead>
        <tbody>
          {real.map((field) => {
            const other = whatIf.get(field.label) ?? '—'
            const differs = other !== field.value
            return (
              <tr key={field.label} className={differs ? 'differs' : undefined}>
                <th scope="row">{field.label}</th>
                <td>{field.value}</td>
                <td>
                  {other}
                  {differs && <span className="visually-hidden"> (differs)</span>}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {changes.length > 0 ? (
        <ChangeList changes={changes} label={`What if changes of ${stream.streamId}`} />
      ) : (
        <p className="empty">The same as the real stream at this position.</p>
      )}
    </div>
  )
}

function ReadModelChanges({ rows }: { rows: ReadModelDifferences | null }) {
  if (rows === null) return <p className="panel-hint">Comparing the read models…</p>
  if (rows.length === 0) return <p className="empty">No read-model row differs.</p>
  return (
    <ul className="comparison-list" aria-label="Read models that differ">
      {rows.map((row) => (
        <li key={`${row.caption}/${row.rowKey}`}>
          <strong>
            {row.caption}: {row.rowName}
          </strong>
          <ChangeList changes={row.changes} label={`What if changes of ${row.caption}: ${row.rowName}`} />
        </li>
      ))}
    </ul>
  )
}

/**
 * What if: changes tried on the log (skip an event, edit its data, insert a command), the real and
 * the what-if state side by side, what the rules would have refused, and the read models that
 * differ. Nothing is ever written; `Apply as new events` sends real commands at the end.
 */
export function WhatIfPanel() {
  const changes = usePlayground((state) => state.whatIf)
  const log = usePlayground((state) => state.log)
  const undo = usePlayground((state) => state.undoWhatIf)
  const discard = usePlayground((state) => state.discardWhatIf)
  const apply = usePlayground((state) => state.applyWhatIf)
  const live = useIsLive()
  const { outcome, readModels } = useWhatIf()
  const [said, setSaid] = useState('')
  const typeAt = (position: number) => {
    const event = log.eventAt(position)
    return event ? `${event.type} on ${event.streamId}` : 'no event'
  }
  return (
    <section aria-labelledby="what-if-heading" className="panel what-if-panel">
      <h2 id="what-if-heading">What if</h2>
      <p className="panel-hint">
        History is fixed; a what-if is computed. Open an event in the log to skip it or edit its data, or insert a
        command at the cursor: the store is never written.
      </p>
      <InsertCommandForm />
      {changes.length > 0 && (
        <div className="what-if-result">
          <ol className="what-if-changes" aria-label="What-if changes">
            {changes.map((change, index) => (
              <li key={index}>
                <span>{changeWords(change, typeAt)}</span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Undo: ${changeWords(change, typeAt)}`}
                  onClick={() => undo(index)}
                >
                  Undo
                </button>
              </li>
            ))}
          </ol>
          <div className="button-row">
            <button type="button" className="secondary" onClick={discard}>
              Discard what-if
            </button>
            <button type="button" disabled={!live} onClick={() => void apply().then(setSaid)}>
              Apply as new events
            </button>
          </div>
          {!live && <p className="panel-hint">Apply as new events works live: it appends at the end of the log.</p>}
          {outcome && (
            <>
              <p className="panel-hint">
                At position {groupThousands(outcome.position)}: the real log and the what-if, side by side.
              </p>
              {outcome.notes.length > 0 && (
                <ul className="what-if-notes" aria-label="What the rules say">
                  {outcome.notes.map((note) => (
                    <li key={`${note.position}-${note.text}`}>{note.text}</li>
                  ))}
                </ul>
              )}
              {outcome.streams.length === 0 && (
                <p className="empty">No change is at or before this position yet: move the cursor past it.</p>
              )}
              {outcome.streams.map((stream) => (
                <SideBySide key={stream.streamId} stream={stream} />
              ))}
              <h3>Read models</h3>
              <ReadModelChanges rows={readModels} />
            </>
          )}
        </div>
      )}
      <p role="status" className="panel-hint">
        {said}
      </p>
    </section>
  )
}

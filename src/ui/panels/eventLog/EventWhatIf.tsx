import { useState } from 'react'
import type { JsonValue, RecordedEvent } from '../../../kernel/eventstore'
import { usePlayground } from '../../../react/PlaygroundProvider'

/** Parses what was typed as the what-if's data, or says why it cannot be event data. */
function parseData(text: string): { data: JsonValue } | { problem: string } {
  try {
    const data: unknown = JSON.parse(text)
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      return { problem: 'Data must be a JSON object, such as {"quantity": 1}.' }
    return { data: data as JsonValue }
  } catch (error) {
    return { problem: `That is not JSON: ${error instanceof Error ? error.message : String(error)}` }
  }
}

/** In an event's details: try the log without this event, or with other data. Nothing is written. */
export function EventWhatIf({ event }: { event: RecordedEvent }) {
  const addWhatIf = usePlayground((state) => state.addWhatIf)
  const [editing, setEditing] = useState<{ position: number; text: string } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [said, setSaid] = useState('')
  const open = editing?.position === event.position ? editing : null
  return (
    <div className="event-what-if">
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          onClick={() => {
            addWhatIf({ kind: 'skip', position: event.position })
            setSaid(`What if: position ${event.position} skipped. See the What if panel.`)
          }}
        >
          What if this event never happened?
        </button>
        <button
          type="button"
          className="secondary"
          aria-expanded={open !== null}
          onClick={() =>
            setEditing(open ? null : { position: event.position, text: JSON.stringify(event.data, null, 2) })
          }
        >
          Edit data
        </button>
      </div>
      {open && (
        <form
          className="edit-data"
          onSubmit={(submitted) => {
            submitted.preventDefault()
            const parsed = parseData(open.text)
            if ('problem' in parsed) {
              setProblem(parsed.problem)
              return
            }
            setProblem(null)
            setEditing(null)
            addWhatIf({ kind: 'edit', position: event.position, data: parsed.data })
            setSaid(`What if: position ${event.position} with other data. See the What if panel.`)
          }}
        >
          <label className="field">
            Data for the what-if
            <textarea
              rows={6}
              spellCheck={false}
              value={open.text}
              onChange={(change) => setEditing({ position: event.position, text: change.target.value })}
            />
          </label>
          {problem && (
            <p role="alert" className="field-error">
              {problem}
            </p>
          )}
          <div className="button-row">
            <button type="submit">Apply edit</button>
            <button type="button" className="secondary" onClick={() => setEditing(null)}>
              Cancel edit
            </button>
          </div>
        </form>
      )}
      <p role="status" className="panel-hint">
        {said}
      </p>
    </div>
  )
}

import { useState, type ChangeEvent } from 'react'
import { usePlayground } from '../../react/PlaygroundProvider'
import { groupThousands } from '../../kernel/money'

/** Import a log file; with events already in the store, ask whether to add beside them or replace them. */
export function ImportLog() {
  const eventCount = usePlayground((state) => state.eventCount)
  const pending = usePlayground((state) => state.pending)
  const progress = usePlayground((state) => state.importProgress)
  const importLog = usePlayground((state) => state.importLog)
  const [waiting, setWaiting] = useState<{ name: string; text: string } | null>(null)

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = '' // the same file can be chosen again
    if (!file) return
    const text = await file.text()
    if (eventCount === 0) void importLog(text, { replace: false })
    else setWaiting({ name: file.name, text })
  }
  const run = (replace: boolean) => {
    if (!waiting) return
    setWaiting(null)
    void importLog(waiting.text, { replace })
  }

  return (
    <div className="import-log">
      {/* The browser's own file input cuts its words in a narrow column ("No fil…hosen"): it is
          hidden, and its label is the control. */}
      <label className="field file-picker">
        <span>Import a log file (.json, .ndjson or .csv)</span>
        <input
          type="file"
          className="visually-hidden"
          accept=".json,.ndjson,.csv,application/json,application/x-ndjson,text/csv"
          disabled={pending}
          onChange={(event) => void choose(event)}
        />
        <span className="file-picker-button" aria-hidden="true">
          Choose a file…
        </span>
      </label>
      {progress && (
        <progress
          aria-label={progress.stage === 'checking' ? 'Checking the file' : 'Writing the events'}
          value={progress.done}
          max={Math.max(1, progress.total)}
        >
          {progress.done} of {progress.total}
        </progress>
      )}
      {waiting && (
        <div role="alertdialog" aria-labelledby="import-question" className="confirm">
          <p id="import-question">
            The store already has {groupThousands(eventCount)} events. Add the events of {waiting.name} beside them (a
            stream the store already has is refused, and nothing is written), or replace all{' '}
            {groupThousands(eventCount)} events with the file's, in every open tab?
          </p>
          <div className="button-row">
            <button type="button" onClick={() => run(false)}>
              Add to the store
            </button>
            <button type="button" className="danger" onClick={() => run(true)}>
              Replace all events
            </button>
            <button type="button" onClick={() => setWaiting(null)} autoFocus>
              Cancel import
            </button>
          </div>
        </div>
      )}
    </div>
  )
}

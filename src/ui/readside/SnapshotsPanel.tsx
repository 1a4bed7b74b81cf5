import { lazy, Suspense, useState } from 'react'
import { usePlayground } from '../../react/PlaygroundProvider'
import { StoreMessageLine } from '../panels/StoreMessageLine'
import { groupThousands } from '../../kernel/money'
import { withArticle } from '../../uikit/format'

const SnapshotChart = lazy(() => import('../charts/SnapshotChart'))

const LONG_ORDER_LENGTHS = [1000, 2000, 5000, 10000] as const

/** A snapshot interval typed by a person: a whole number from 1 to 10,000, or null. */
function parseInterval(text: string): number | null {
  const value = Number(text)
  return /^\d+$/.test(text) && value >= 1 && value <= 10000 ? value : null
}

/** Snapshot interval, and a long order loaded with and without snapshots, charted. */
export function SnapshotsPanel() {
  const every = usePlayground((state) => state.snapshotEvery)
  const setEvery = usePlayground((state) => state.setSnapshotEvery)
  const lab = usePlayground((state) => state.snapshotLab)
  const measure = usePlayground((state) => state.measureLongOrder)
  const pending = usePlayground((state) => state.pending)
  const entity = usePlayground((state) => state.domain.entityName)
  const [length, setLength] = useState<number>(2000)
  const [draft, setDraft] = useState(String(every))
  const everyProblem = parseInterval(draft) === null ? 'Enter a whole number from 1 to 10,000.' : null

  return (
    <section aria-labelledby="snapshots-heading" className="panel snapshots-panel" tabIndex={-1}>
      <h2 id="snapshots-heading">Snapshots</h2>
      <p className="panel-hint">
        Loading {withArticle(entity)} reads its latest snapshot and only the events after it. A snapshot is saved for
        every version that is a multiple of the interval, and records the shape of the state it holds: when that shape
        changes, old snapshots are ignored and taken again from the events.
      </p>
      <div className="field-row">
        <label className="field">
          Snapshot every (events)
          <input
            type="number"
            min={1}
            max={10000}
            value={draft}
            aria-invalid={everyProblem !== null}
            aria-describedby={everyProblem ? 'snapshot-every-problem' : undefined}
            onChange={(event) => {
              setDraft(event.target.value)
              const interval = parseInterval(event.target.value)
              if (interval !== null) setEvery(interval)
            }}
          />
        </label>
        <label className="field">
          Long {entity} length
          <select value={length} onChange={(event) => setLength(Number(event.target.value))}>
            {LONG_ORDER_LENGTHS.map((option) => (
              <option key={option} value={option}>
                {groupThousands(option)} events
              </option>
            ))}
          </select>
        </label>
      </div>
      {everyProblem && (
        <p id="snapshot-every-problem" className="field-error">
          {everyProblem}
        </p>
      )}
      <button type="button" onClick={() => void measure(length)} disabled={pending || lab.measuring}>
        Write a long {entity} and measure
      </button>
      {lab.measuring && <p role="status">Writing {groupThousands(length)} events and timing loads…</p>}
      <StoreMessageLine from="snapshots" />
      {lab.measurements.length > 0 && (
        <Suspense fallback={<p className="panel-hint">Loading the chart…</p>}>
          <SnapshotChart
            entity={entity}
            streamId={lab.streamId ?? ''}
            measurements={lab.measurements}
            every={lab.every}
          />
        </Suspense>
      )}
    </section>
  )
}

import { useMemo, useState } from 'react'
import { capitalized } from '../../uikit/format'
import type { CellAddress } from '../../kernel/debugger/rowHistory'
import type { Projection } from '../../kernel/readside/projection'
import { groupThousands } from '../../kernel/money'
import { DomainView } from '../../react/DomainViews'
import { useDomain, usePlayground } from '../../react/PlaygroundProvider'
import { useReadModelAtCursor, useReadModelRunner } from '../../react/useReadModels'
import { useDeferredPosition } from '../../react/useTimeTravel'
import { OnScreen } from '../../uikit/OnScreen'
import { ReadModelStatus } from './ReadModelStatus'
import { ReadModelTable } from './ReadModelTable'
import { AskedCell } from './AskedCell'

/** A table with its header and one row: the usual first sight, drawn without moving the page. */
const TABLE_FLOOR_HEIGHT = 64

/** One read model: its status line and its tables, live or as of the cursor. */
function ReadModelSection({ projection, position }: { projection: Projection<unknown>; position: number }) {
  const { rows, foldedTo, folding } = useReadModelAtCursor<unknown>(projection.name)
  // A drag re-renders this at every step: the tables (sorted, grouped) only when the rows change.
  const tables = useMemo(() => projection.tables(rows), [projection, rows])
  const [asked, ask] = useState<CellAddress | null>(null)
  const question = useMemo(() => ({ asked, ask }), [asked])
  return (
    <>
      <h3>{projection.title}</h3>
      <ReadModelStatus name={projection.name} title={projection.title} />
      {folding !== null && (
        <p className="panel-hint" role="status">
          Folding {projection.title} to position {groupThousands(folding)}…
          {foldedTo !== null && ` Shown as of position ${groupThousands(foldedTo)}.`}
        </p>
      )}
      <OnScreen minHeight={TABLE_FLOOR_HEIGHT}>
        {tables.length === 1 && tables[0] ? (
          <ReadModelTable table={tables[0]} question={question} />
        ) : (
          <div className="two-tables">
            {tables.map((table) => (
              <div key={table.caption}>
                <ReadModelTable table={table} showCaption question={question} />
              </div>
            ))}
          </div>
        )}
        {asked && (
          <AskedCell
            projection={projection}
            tables={tables}
            address={asked}
            position={position}
            onClose={() => ask(null)}
          />
        )}
      </OnScreen>
    </>
  )
}

/** The query side: the domain's read models, kept from the log by projections, live or as of the cursor. */
export function ReadModelsPanel() {
  const setProjectionsPaused = usePlayground((state) => state.setProjectionsPaused)
  const domain = useDomain()
  const projections: readonly Projection<unknown>[] = domain.projections
  const live = usePlayground((state) => state.cursor === null)
  const position = useDeferredPosition()
  const paused = useReadModelRunner(projections[0]?.name ?? '').status === 'paused'
  return (
    <section aria-labelledby="read-models-heading" className="panel read-models-panel" tabIndex={-1}>
      <h2 id="read-models-heading">Read models</h2>
      <p className="panel-hint">
        {live
          ? 'Live: the query side. Each table is kept in IndexedDB by a projection that applies new events after its checkpoint. Commands never write here.'
          : `As of position ${groupThousands(position)}: each table is its projection folded over the log up to the cursor. The stored tables stay live, at their checkpoints.`}
      </p>
      <label className="check">
        <input type="checkbox" checked={paused} onChange={(event) => setProjectionsPaused(event.target.checked)} />
        Pause projections (watch the lag grow, then resume to catch up)
      </label>
      {projections.length === 0 && (
        <p className="empty">
          {capitalized(domain.entityName)}s keep no read models: no projection reads their events.
        </p>
      )}
      {projections.map((projection) => (
        <ReadModelSection key={projection.name} projection={projection} position={position} />
      ))}
      <DomainView slot="readModelsExtra" />
    </section>
  )
}

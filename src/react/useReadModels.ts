import { useMemo } from 'react'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { Projection } from '../kernel/readside/projection'
import type { ProjectionRunner, ReadModelState } from '../playground/readside/projectionRunner'
import { ProjectionHistory } from '../kernel/readside/projectionHistory'
import type { LogView } from '../kernel/timeline/logView'
import { useDeferredPosition } from './useTimeTravel'
import { usePlayground } from './PlaygroundProvider'

// One history per timeline and read model: a reset replaces the log, and with it the checkpoints.
const histories = new WeakMap<object, Map<string, ProjectionHistory<unknown>>>()

function historyOf<Row>(log: LogView, projection: Projection<unknown>): ProjectionHistory<Row> {
  let byName = histories.get(log.lineage)
  if (!byName) histories.set(log.lineage, (byName = new Map()))
  let history = byName.get(projection.name)
  if (!history) byName.set(projection.name, (history = new ProjectionHistory(projection)))
  return history as ProjectionHistory<Row>
}

/** A read model's rows as of `position`, folded from the log with checkpoints kept per log and read model. */
export function readModelAt<Row>(
  log: LogView,
  projection: Projection<unknown>,
  position: number,
): ReadonlyMap<string, Row> {
  return historyOf<Row>(log, projection).rowsAt(log.events, position)
}

/** What a panel reads for a read model no domain has (a domain without projections): an empty table. */
const NO_READ_MODEL = createStore<ReadModelState<unknown>>()(() => ({
  name: '',
  rows: new Map(),
  checkpoint: 0,
  status: 'live',
  rebuildProgress: null,
  error: null,
}))

const useRunner = (name: string): ProjectionRunner<unknown> | undefined =>
  usePlayground((state) => state.readModels.get(name))

/** A read model's runner state: rows as stored, checkpoint, status. `Row` is the caller's word for its rows. */
export function useReadModelRunner<Row>(name: string): ReadModelState<Row> {
  return useStore(useRunner(name)?.store ?? NO_READ_MODEL) as ReadModelState<Row>
}

/**
 * A read model as the panels show it. Live, it is the stored table the runner keeps (the query
 * side, possibly lagging). Travelling in time, it is the same projection folded up to the cursor.
 */
export function useReadModelAtCursor<Row>(name: string): {
  readonly rows: ReadonlyMap<string, Row>
  readonly live: boolean
} {
  const runner = useRunner(name)
  const stored = useReadModelRunner<Row>(name).rows
  const log = usePlayground((state) => state.log)
  const live = usePlayground((state) => state.cursor === null)
  const position = useDeferredPosition()
  const historic = useMemo(
    () => (live || !runner ? null : readModelAt<Row>(log, runner.projection, position)),
    [live, log, runner, position],
  )
  return { rows: historic ?? stored, live: historic === null }
}

import { useMemo } from 'react'
import { useStore } from 'zustand'
import {
  customerHistoryProjection,
  orderSummaryProjection,
  salesReportProjection,
  type Projection,
} from '../domains/order/projections'
import type { ReadModelName } from '../kernel/readside/derivedStorage'
import type { ReadModelState } from '../kernel/readside/projectionRunner'
import type { ReadModels } from '../playground/readModels'
import { ProjectionHistory } from '../kernel/readside/projectionHistory'
import type { Timeline } from '../kernel/timeline/timeline'
import { useDeferredPosition } from './useTimeTravel'
import { usePlayground } from './PlaygroundProvider'

type RowOf<Name extends ReadModelName> = ReadModels[Name] extends { store: { getState(): ReadModelState<infer Row> } }
  ? Row
  : never

const PROJECTIONS: { [Name in ReadModelName]: Projection<RowOf<Name>, Name> } = {
  orderSummary: orderSummaryProjection,
  salesReport: salesReportProjection,
  customerHistory: customerHistoryProjection,
}

// One history per timeline and read model: a reset replaces the timeline, and with it the checkpoints.
const histories = new WeakMap<Timeline, Map<ReadModelName, ProjectionHistory<unknown>>>()

function historyOf<Name extends ReadModelName>(timeline: Timeline, name: Name): ProjectionHistory<RowOf<Name>> {
  let byName = histories.get(timeline)
  if (!byName) histories.set(timeline, (byName = new Map()))
  let history = byName.get(name)
  if (!history) byName.set(name, (history = new ProjectionHistory(PROJECTIONS[name] as Projection<unknown>)))
  return history as ProjectionHistory<RowOf<Name>>
}

/** A read model's runner state: rows as stored, checkpoint, status. */
export function useReadModelRunner<Name extends ReadModelName>(name: Name): ReadModelState<RowOf<Name>> {
  const runner = usePlayground((state) => state.readModels[name])
  return useStore(runner.store as ReadModels[Name]['store']) as ReadModelState<RowOf<Name>>
}

/**
 * A read model as the panels show it. Live, it is the stored table the runner keeps (the query
 * side, possibly lagging). Travelling in time, it is the same projection folded up to the cursor.
 */
export function useReadModelAtCursor<Name extends ReadModelName>(
  name: Name,
): { readonly rows: ReadonlyMap<string, RowOf<Name>>; readonly live: boolean } {
  const stored = useReadModelRunner(name).rows
  const timeline = usePlayground((state) => state.timeline)
  const eventCount = usePlayground((state) => state.eventCount)
  const live = usePlayground((state) => state.cursor === null)
  const position = useDeferredPosition()
  const historic = useMemo(
    () => (live ? null : historyOf(timeline, name).rowsAt(timeline.events, position)),
    // eventCount is a dependency on purpose: the timeline object is mutated when events arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [live, timeline, name, position, eventCount],
  )
  return { rows: historic ?? stored, live: historic === null }
}

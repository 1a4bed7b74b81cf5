import { useMemo } from 'react'
import { useStore } from 'zustand'
import type { Projection } from '../kernel/readside/projection'
import type { ProjectionRunner, ReadModelState } from '../playground/readside/projectionRunner'
import { ProjectionHistory } from '../kernel/readside/projectionHistory'
import type { Timeline } from '../kernel/timeline/timeline'
import { useDeferredPosition } from './useTimeTravel'
import { usePlayground } from './PlaygroundProvider'

// One history per timeline and read model: a reset replaces the timeline, and with it the checkpoints.
const histories = new WeakMap<Timeline, Map<string, ProjectionHistory<unknown>>>()

function historyOf<Row>(timeline: Timeline, projection: Projection<unknown>): ProjectionHistory<Row> {
  let byName = histories.get(timeline)
  if (!byName) histories.set(timeline, (byName = new Map()))
  let history = byName.get(projection.name)
  if (!history) byName.set(projection.name, (history = new ProjectionHistory(projection)))
  return history as ProjectionHistory<Row>
}

function useRunner(name: string): ProjectionRunner<unknown> {
  const runner = usePlayground((state) => state.readModels.get(name))
  if (!runner) throw new Error(`No domain has a read model named ${name}.`)
  return runner
}

/** A read model's runner state: rows as stored, checkpoint, status. `Row` is the caller's word for its rows. */
export function useReadModelRunner<Row>(name: string): ReadModelState<Row> {
  return useStore(useRunner(name).store) as ReadModelState<Row>
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
  const timeline = usePlayground((state) => state.timeline)
  const eventCount = usePlayground((state) => state.eventCount)
  const live = usePlayground((state) => state.cursor === null)
  const position = useDeferredPosition()
  const historic = useMemo(
    () => (live ? null : historyOf<Row>(timeline, runner.projection).rowsAt(timeline.events, position)),
    // eventCount is a dependency on purpose: the timeline object is mutated when events arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [live, timeline, runner, position, eventCount],
  )
  return { rows: historic ?? stored, live: historic === null }
}

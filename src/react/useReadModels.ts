import { useEffect, useMemo, useState } from 'react'
import { nextTask } from '../kernel/nextTask'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { Projection } from '../kernel/readside/projection'
import type { ProjectionRunner, ReadModelState } from '../playground/readside/projectionRunner'
import { ProjectionHistory } from '../kernel/readside/projectionHistory'
import type { LogView } from '../kernel/timeline/logView'
import { useDeferredPosition } from './useTimeTravel'
import { usePlayground } from './PlaygroundProvider'
import { useSettledValue } from './useSettledValue'

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

/** The most work (events folded plus rows copied) a read model at the cursor does within a render. */
export const FOLD_IN_RENDER_WORK = 5_000
/** How long one slice of a larger fold runs before the page gets a frame. */
const FOLD_SLICE_MS = 4
/** How long the cursor rests before a larger fold starts: a drag moves on sooner, and would only drop it. */
const FOLD_AFTER_REST_MS = 100
const NO_ROWS: ReadonlyMap<string, never> = new Map<string, never>()

/** A read model at the cursor: its rows, and whether they are the live table. */
export interface ReadModelAtCursor<Row> {
  readonly rows: ReadonlyMap<string, Row>
  readonly live: boolean
  /** Travelling: the position the rows are folded to (null while none is), and the one being folded to, if any. */
  readonly foldedTo: number | null
  readonly folding: number | null
}

interface Folded<Row> {
  readonly history: ProjectionHistory<Row>
  readonly position: number
  readonly rows: ReadonlyMap<string, Row>
}

/**
 * A read model as the panels show it. Live, it is the stored table the runner keeps (the query
 * side, possibly lagging). Travelling in time, it is the same projection folded up to the cursor:
 * within the render when a checkpoint is near, else in slices of a few ms between frames (a table
 * of 10,000 orders is 10,000 positions from its last checkpoint), showing the last table folded
 * until the new one is ready. Such a fold starts once the cursor rests, and is dropped if it moves on.
 */
export function useReadModelAtCursor<Row>(name: string): ReadModelAtCursor<Row> {
  const runner = useRunner(name)
  const stored = useReadModelRunner<Row>(name).rows
  const log = usePlayground((state) => state.log)
  const live = usePlayground((state) => state.cursor === null)
  const position = useDeferredPosition()
  const history = live || !runner ? null : historyOf<Row>(log, runner.projection)
  const [folded, setFolded] = useState<Folded<Row> | null>(null)
  const inRender = useMemo(() => {
    if (!history) return null
    if (folded?.history === history && folded.position === position) return folded.rows
    return history.workAt(log.events.length, position) <= FOLD_IN_RENDER_WORK
      ? history.rowsAt(log.events, position)
      : null
  }, [history, log, position, folded])
  const waiting = history !== null && inRender === null
  const resting = useSettledValue(position, FOLD_AFTER_REST_MS) === position

  useEffect(() => {
    if (!waiting || !resting || !history) return
    let dropped = false
    const steps = history.rowsAtInSteps(log.events, position)
    void (async () => {
      for (;;) {
        await nextTask()
        if (dropped) return
        const until = performance.now() + FOLD_SLICE_MS
        do {
          const step = steps.next()
          if (step.done) {
            setFolded({ history, position, rows: step.value })
            return
          }
        } while (performance.now() < until)
      }
    })()
    return () => {
      dropped = true
    }
  }, [waiting, resting, history, log, position])

  if (!history) return { rows: stored, live: true, foldedTo: null, folding: null }
  if (inRender) return { rows: inRender, live: false, foldedTo: position, folding: null }
  const last = folded?.history === history ? folded : null
  return { rows: last?.rows ?? NO_ROWS, live: false, foldedTo: last?.position ?? null, folding: position }
}

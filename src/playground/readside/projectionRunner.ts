import { createStore, type StoreApi } from 'zustand/vanilla'
import { applyRowChanges, type Projection, type RowChange } from '../../kernel/readside/projection'
import type { EventStore, RecordedEvent } from '../../kernel/eventstore'
import type { DerivedStorage } from '../../kernel/readside/derivedStorage'
import { nextTask } from '../../kernel/nextTask'

/** How many events a catch-up or a rebuild reads, and folds, in one task. */
export const PROJECTION_PAGE_SIZE = 5000

/**
 * How many delivered events a runner folds in one task. An import's events come 2,000 a task, and
 * the runners folded each delivery whole in the task that brought it, with the page's own render:
 * 80 ms of folding in one 236 ms task after an import of 100,000 events of one customer here.
 */
export const DELIVERY_SLICE = 500

/**
 * The most events a catch-up (or a big delivery) folds in memory before it commits them: a row
 * they change many times is written once. Committing every page instead wrote a row per event of
 * an interleaved log, and catching up from empty at a million events took eight minutes here.
 */
export const EVENTS_PER_COMMIT = 100_000

/**
 * A commit writes at most one row per this many events folded since the last. An interleaved log
 * changes every row between two commits, so a table of 10,000 orders committed every 100,000
 * events of a million wrote 100,000 rows, and the catch-up grew with the log times the table:
 * 0.4 s at 10,000 events, 1.9 s at 100,000, 57 s at a million. A large table commits more rarely
 * (a tab closed meanwhile folds those events again on its next visit).
 */
export const EVENTS_PER_ROW_WRITTEN = 100

/** Whether `events` folded into a table of `rows` rows are enough to commit before folding more. */
export const commitDue = (events: number, rows: number): boolean =>
  events >= Math.max(EVENTS_PER_COMMIT, EVENTS_PER_ROW_WRITTEN * rows)

export type RunnerStatus = 'starting' | 'live' | 'paused' | 'rebuilding' | 'failed'

export interface ReadModelState<Row> {
  readonly name: string
  /** The table as this tab last committed or loaded it. */
  readonly rows: ReadonlyMap<string, Row>
  /** The last position applied to `rows`. */
  readonly checkpoint: number
  readonly status: RunnerStatus
  /** While rebuilding: how many events of how many have been replayed. */
  readonly rebuildProgress: { readonly done: number; readonly total: number } | null
  readonly error: string | null
}

export interface ProjectionRunner<Row> {
  /** The projection this runner keeps: time travel folds it too, up to the cursor. */
  readonly projection: Projection<Row>
  readonly store: StoreApi<ReadModelState<Row>>
  /** Loads the stored table, catches up from its checkpoint, then follows new events. Returns stop. */
  start(): () => void
  /** Applies delivered events after the checkpoint; events at or before it are ignored. */
  deliver(events: readonly RecordedEvent[]): Promise<void>
  /** Clears the table and replays the whole log into it, page by page. */
  rebuild(): Promise<void>
  /** While paused, events are not applied and the lag grows; resuming catches up. */
  setPaused(paused: boolean): Promise<void>
  /** Empties the table (the store was cleared). */
  reset(): Promise<void>
  /** Resolves once every job queued so far has run. */
  idle(): Promise<void>
}

/** Events folded into a table and not committed yet: the rows after them, the changes, the last position. */
interface Folded<Row> {
  readonly rows: Map<string, Row>
  readonly changes: Map<string, RowChange<Row>>
  readonly to: number
}

/** Up to `limit` events of the log from `fromPosition`, in position order. */
export type LogPageReader = (fromPosition: number, limit: number) => Promise<readonly RecordedEvent[]>

/**
 * Keeps one read model up to date from the log. Work runs one job at a time. Each batch is
 * folded by the pure projection and committed with the new checkpoint in one transaction, only
 * if the stored checkpoint is still the one this tab started from; otherwise another tab got
 * there first, and this tab reloads the table and catches up.
 */
export function createProjectionRunner<Row>(
  projection: Projection<Row>,
  eventStore: EventStore,
  storage: DerivedStorage,
  /** The store's last position, for the rebuild's progress bar. */
  lastPosition: () => number,
  /**
   * Reads up to `limit` events from `fromPosition` for a catch-up or a rebuild: by default from the
   * store; the page passes the log it already holds, so a dozen runners do not each read it again.
   */
  readPage: LogPageReader = (fromPosition, limit) => eventStore.readAll({ fromPosition, limit }),
): ProjectionRunner<Row> {
  const name = projection.name
  const handled: ReadonlySet<string> = new Set(projection.eventTypes)
  const store = createStore<ReadModelState<Row>>()(() => ({
    name,
    rows: new Map(),
    checkpoint: 0,
    status: 'starting',
    rebuildProgress: null,
    error: null,
  }))
  const { getState, setState } = store
  let queue: Promise<void> = Promise.resolve()
  let stopped = false

  const enqueue = (job: () => Promise<void>): Promise<void> => {
    queue = queue.then(job).catch((error: unknown) => {
      setState({
        status: 'failed',
        rebuildProgress: null,
        error: error instanceof Error ? error.message : String(error),
      })
    })
    return queue
  }

  /**
   * The checkpoint as this tab last read or wrote it in storage. A batch that changes no row moves
   * only the checkpoint in memory: with a dozen read models of three domains, most events change
   * nothing in most of them, and a transaction each would be spent on nothing. The stored checkpoint
   * then lags a little, and a reload folds those events again, changing nothing again.
   */
  let storedCheckpoint = 0

  const reload = async () => {
    const stored = await storage.loadReadModel(projection)
    storedCheckpoint = stored.checkpoint
    setState({ rows: new Map(stored.rows as ReadonlyArray<readonly [string, Row]>), checkpoint: stored.checkpoint })
  }

  /**
   * Folds contiguous events after the checkpoint (or after `onto`, events folded earlier and not
   * committed yet) into the rows, and the changes to commit: the last one of each key.
   */
  const fold = (events: readonly RecordedEvent[], onto?: Folded<Row>): Folded<Row> => {
    const rows = onto?.rows ?? new Map(getState().rows)
    const changes = onto?.changes ?? new Map<string, RowChange<Row>>()
    const rowOf = (key: string) => rows.get(key)
    for (const event of events) {
      // Events of types the projection does not read only move the checkpoint.
      if (!handled.has(event.type)) continue
      const eventChanges = projection.handle(event, rowOf)
      applyRowChanges(rows, eventChanges)
      for (const change of eventChanges) changes.set(change.key, change)
    }
    return { rows, changes, to: events.at(-1)?.position ?? onto?.to ?? getState().checkpoint }
  }

  /**
   * Commits folded events; false when another tab moved first. It holds the rows and changes, not
   * the events: Dexie keeps the last commit's promise around, and a frame holding a page of events
   * across the commit kept the last page of every runner in memory.
   */
  const save = async ({ rows, changes, to }: Folded<Row>): Promise<boolean> => {
    if (changes.size === 0) {
      setState({ checkpoint: to })
      return true
    }
    if (!(await storage.commitReadModel(projection, storedCheckpoint, to, [...changes.values()]))) return false
    storedCheckpoint = to
    setState({ rows, checkpoint: to })
    return true
  }

  /** Whether `folded` holds enough events to commit before folding more. */
  const full = (folded: Folded<Row>) => commitDue(folded.to - getState().checkpoint, folded.rows.size)

  /** Reads and folds the log after the checkpoint, a page a task, committing when `commitDue`. */
  const catchUp = async (onPage?: (position: number) => void) => {
    let folded: Folded<Row> | undefined
    for (;;) {
      const page = await readPage((folded?.to ?? getState().checkpoint) + 1, PROJECTION_PAGE_SIZE)
      if (stopped) return
      const ended = page.length === 0
      if (!ended) {
        folded = fold(page, folded)
        onPage?.(folded.to)
      }
      if (folded && (ended || full(folded))) {
        const saved = await save(folded)
        folded = undefined
        if (!saved) {
          await reload()
          continue
        }
      }
      if (ended) return
      await nextTask() // lets the page paint, and the progress bar move, between pages
    }
  }

  const apply = async (events: readonly RecordedEvent[]) => {
    if (getState().status !== 'live') return
    const fresh = events.filter((event) => event.position > getState().checkpoint)
    if (fresh.length === 0) return
    const contiguous = fresh.every((event, index) => event.position === getState().checkpoint + 1 + index)
    // A big delivery (an import) is folded a slice a task, after the task that brought it: the page
    // renders the events there, and paints in between. A command's few events fold at once.
    let folded: Folded<Row> | undefined
    for (let start = 0; contiguous && start < fresh.length; start += DELIVERY_SLICE) {
      if (fresh.length > DELIVERY_SLICE) await nextTask()
      folded = fold(fresh.slice(start, start + DELIVERY_SLICE), folded)
      const last = start + DELIVERY_SLICE >= fresh.length
      if (!last && !full(folded)) continue
      const saved = await save(folded)
      folded = undefined
      if (!saved) break
      if (last) return
    }
    // A gap (events this tab has not seen) or another tab's commit: read what is stored.
    await reload()
    await catchUp()
  }

  return {
    projection,
    store,
    start() {
      stopped = false
      void enqueue(async () => {
        await reload()
        await catchUp()
        setState({ status: getState().status === 'paused' ? 'paused' : 'live' })
      })
      const unsubscribe = eventStore.subscribe((events) => void enqueue(() => apply(events)))
      return () => {
        stopped = true
        unsubscribe()
      }
    },
    deliver: (events) => enqueue(() => apply(events)),
    rebuild: () =>
      enqueue(async () => {
        const resumeAs = getState().status === 'paused' ? 'paused' : 'live'
        const total = lastPosition()
        setState({ status: 'rebuilding', rebuildProgress: { done: 0, total }, error: null })
        await storage.clearReadModel(projection)
        storedCheckpoint = 0
        setState({ rows: new Map(), checkpoint: 0 })
        await catchUp((done) => setState({ rebuildProgress: { done, total: Math.max(total, done) } }))
        setState({ status: resumeAs, rebuildProgress: null })
      }),
    setPaused: (paused) =>
      enqueue(async () => {
        if (paused) return setState({ status: 'paused' })
        setState({ status: 'live', error: null })
        await reload()
        await catchUp()
      }),
    idle: () => enqueue(async () => undefined),
    reset: () =>
      enqueue(async () => {
        await storage.clearReadModel(projection)
        storedCheckpoint = 0
        setState({ rows: new Map(), checkpoint: 0 })
      }),
  }
}

import type { EventStore, RecordedEvent } from '../kernel/eventstore'
import { nextTask } from '../kernel/nextTask'
import type { DerivedStorage } from '../kernel/readside/derivedStorage'
import type { DomainRegistry } from '../kernel/replayStream'
import { savepointFits, type Savepoint } from '../kernel/timeline/savepoint'
import { DEFAULT_CHECKPOINT_INTERVAL, Timeline } from '../kernel/timeline/timeline'
import { createSavepointKeeper, DEFAULT_SAVEPOINT_POLICY, type SavepointPolicy } from './savepointKeeper'

/** Events read before the savepoint's position, to show in the log while the history is read. */
export const SHOWN_BEFORE_SAVEPOINT = 1_000
/** Events the whole timeline takes in one task while it is built. */
const EVENTS_PER_TASK = 10_000

/** A savepoint as read at the start of a visit, with the events from `from` to the end. */
export interface SavedLatest {
  readonly savepoint: Savepoint
  readonly from: number
  readonly events: readonly RecordedEvent[]
}

/**
 * The savepoint and the events from a thousand before it to the end, if there is one and the
 * event at its position is still the one it saved (a log cleared or replaced has another), and the
 * tail since is short; else null. Read before the whole log, not beside it: a page's reads of
 * IndexedDB queue behind each other, and a million events' read held this one back for seconds.
 */
export async function readSavedLatest(
  eventStore: EventStore,
  derivedStorage: DerivedStorage,
  savepoints: SavepointPolicy = DEFAULT_SAVEPOINT_POLICY,
): Promise<SavedLatest | null> {
  const savepoint = await derivedStorage.readSavepoint()
  if (!savepoint) return null
  const from = Math.max(1, savepoint.position - SHOWN_BEFORE_SAVEPOINT + 1)
  const limit = savepoint.position - from + 1 + savepoints.every * 4
  const events = await eventStore.readAll({ fromPosition: from, limit })
  if (events[savepoint.position - from]?.eventId !== savepoint.eventId || events.length === limit) return null
  return { savepoint, from, events }
}

export interface LogLoaderOptions {
  readonly eventStore: EventStore
  readonly derivedStorage: DerivedStorage
  readonly domains: DomainRegistry
  /** The whole log, already being read (main.tsx starts it before the first render, after the savepoint). */
  readonly preloaded?: Promise<RecordedEvent[]>
  /** The savepoint's read, already begun (see `readSavedLatest`). */
  readonly preloadedLatest?: Promise<SavedLatest | null>
  /** Publishes a timeline: 'history' for one based on the savepoint, 'ready' for the whole log. */
  readonly show: (timeline: Timeline, status: 'history' | 'ready') => void
  /** The published timeline. */
  readonly current: () => Timeline
  /** Adds arriving events to the published timeline and publishes it again. */
  readonly append: (events: readonly RecordedEvent[]) => void
  /** The whole log is on screen: start what reads it in the background. */
  readonly onReady: () => void
  readonly onFailed: (error: unknown) => void
  readonly savepoints?: SavepointPolicy
}

/**
 * Reads the log into the page. A long log comes in two steps: first the savepoint an earlier
 * visit left (every stream's latest state) and the events around and after it, so the panels
 * show the last position within a fraction of a second; then the whole log, built into a
 * timeline a slice a task behind that screen, which replaces it when it is complete (the slider
 * waits for it). A short log, or one without a fitting savepoint, comes in the second step only.
 * Events that arrive meanwhile are shown at once and kept for the whole timeline.
 */
export function createLogLoader({
  eventStore,
  derivedStorage,
  domains,
  preloaded: firstRead,
  preloadedLatest: firstLatest,
  show,
  current,
  append,
  onReady,
  onFailed,
  savepoints = DEFAULT_SAVEPOINT_POLICY,
}: LogLoaderOptions) {
  // No closure here may hold the options object: it holds the first read, and with it every event read.
  const keeper = createSavepointKeeper(derivedStorage, current, savepoints)
  const early: RecordedEvent[] = []
  let loaded = false
  let stopped = false
  /** Moved on by a clear: a read begun before it is of another log. */
  let generation = 0
  let preloaded = firstRead
  let latestRead = firstLatest

  /** The savepoint and what came around and after it, as a based timeline; null when there is none that fits. */
  const readLatest = async (): Promise<Timeline | null> => {
    const reading = latestRead ?? readSavedLatest(eventStore, derivedStorage, savepoints)
    latestRead = undefined
    const saved = await reading
    if (!saved || !savepointFits(saved.savepoint, domains)) return null
    keeper.known(saved.savepoint.position)
    const based = new Timeline(domains, DEFAULT_CHECKPOINT_INTERVAL, { base: saved.savepoint, from: saved.from })
    based.append(saved.events)
    based.append(early.filter((event) => event.position > based.length))
    return based
  }

  const showLatest = async (begun: number) => {
    const based = await readLatest().catch(() => null)
    if (based && !loaded && !stopped && begun === generation) show(based, 'history')
  }

  const readWhole = async (begun: number, latestShown: Promise<void>) => {
    const readEarlier = preloaded
    // Let go of once used: this scope lives as long as the page, and the read holds every event it read.
    preloaded = undefined
    if (!readEarlier) await latestShown
    const stored = await (readEarlier ?? eventStore.readAll())
    // A read begun before the subscription misses what landed in between: read that now.
    const missed = readEarlier ? await eventStore.readAll({ fromPosition: stored.length + 1 }) : []
    const whole = new Timeline(domains)
    whole.reserve(stored.length + missed.length)
    for (let start = 0; start < stored.length; start += EVENTS_PER_TASK) {
      if (stopped || begun !== generation) return
      whole.append(stored.slice(start, start + EVENTS_PER_TASK))
      if (stored.length > EVENTS_PER_TASK) await nextTask()
    }
    if (stopped || begun !== generation) return
    whole.append(missed)
    whole.append(early.filter((event) => event.position > whole.length))
    early.length = 0
    loaded = true
    show(whole, 'ready')
    onReady()
    keeper.changed()
  }

  return {
    start() {
      const begun = generation
      const latestShown = showLatest(begun)
      readWhole(begun, latestShown).catch((error: unknown) => {
        if (!stopped && begun === generation) onFailed(error)
      })
    },
    /** Events from the store's subscription (subscribe before `start`, so none falls in between). */
    arrived(events: readonly RecordedEvent[]) {
      if (loaded) {
        append(events)
        keeper.changed()
        return
      }
      // One by one: an import in another tab can arrive as one batch larger than a call's arguments may be.
      for (const event of events) early.push(event)
      if (!current().complete) append(events)
    },
    /**
     * The store was cleared (or replaced by an import): the caller has published an empty
     * timeline; a read still on its way is of the old log, and the savepoint too.
     */
    cleared() {
      generation += 1
      early.length = 0
      keeper.forget()
      if (!loaded) {
        loaded = true
        onReady()
      }
    },
    stop() {
      stopped = true
      keeper.stop()
    },
  }
}

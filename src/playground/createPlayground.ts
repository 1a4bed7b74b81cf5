import { createStore } from 'zustand/vanilla'
import type { EventStore, RecordedEvent, RoomAccess } from '../kernel/eventstore'
import { Timeline } from '../kernel/timeline/timeline'
import { LogView } from '../kernel/timeline/logView'
import type { EventFilters } from '../kernel/timeline/filterEvents'
import type { DomainRegistry } from '../kernel/replayStream'
import { createDomainSessions } from './slices/domainSessions'
import { createExerciseProgress } from './slices/exerciseProgress'
import { categoryOf, streamIdOf } from '../kernel/domainModule'
import { createInMemoryProgressStore, type ProgressStore } from './storage/progressStore'
import { inMemoryScratch, type OpenScratchStorage } from './storage/openStorage'
import { describeCommandError, describeLoadError } from './describeError'
import { createRaceRecorder } from './slices/raceRecorder'
import { createInMemoryDerivedStorage, type DerivedStorage } from '../kernel/readside/derivedStorage'
import { createProcessRunners, createReadModels, eachReadModel } from './readModels'
import { DEFAULT_SNAPSHOT_EVERY } from '../kernel/snapshots/foldTail'
import { createLogFileActions } from './slices/logFileActions'
import { createLogLoader, type SavedLatest } from './logLoader'
import type { SavepointPolicy } from './savepointKeeper'
import { createSharedStoreActions } from './slices/sharedStoreActions'
import { createWhatIfActions } from './slices/whatIfActions'
import { createReadSideActions } from './slices/readSideActions'
import { createSessionActions, sessionOf } from './slices/sessionActions'
import { createDomainActions } from './slices/domainActions'
import type { StoreActionContext } from './slices/storeActionContext'
import type {
  LoadStatus,
  PlaygroundState,
  PlaygroundStore,
  ReplaySpeed,
  SessionName,
  StoreMessage,
  StoreMessageOrigin,
} from './state'
import type { SnapshotPolicy } from '../kernel/snapshots/loadStream'

/** Replay speeds offered, as multiples of one event per second. */
export const REPLAY_SPEEDS: readonly ReplaySpeed[] = [0.5, 1, 2, 4, 8]
/** How long one replay step takes at 1×. */
export const STEP_MILLISECONDS_AT_1X = 1000

export const NO_FILTERS: EventFilters = { streamId: '', type: '', text: '', category: '' }

const SESSION_NAMES: readonly SessionName[] = ['commands', 'tabA', 'tabB']

export type { EventFilters, LoadStatus, PlaygroundState, PlaygroundStore, ReplaySpeed, SessionName }

export interface PlaygroundStoreOptions {
  /** The domains whose streams are folded: main.tsx passes DOMAINS; a test may pass its own. */
  readonly domains: DomainRegistry
  readonly progressStore?: ProgressStore
  /** Read models and snapshots: memory unless given. */
  readonly derivedStorage?: DerivedStorage
  /** Throwaway stores for the snapshot lab's measurements: memory unless given. */
  readonly openScratch?: OpenScratchStorage
  readonly storage?: {
    readonly persisted: boolean
    readonly reason: string | null
    /** The room of a shared store this tab uses instead of the browser's store. */
    readonly shared?: { readonly url: string; readonly room: string; readonly access: RoomAccess }
  }
  /**
   * The whole log, already being read: the page starts reading before its first render, so the
   * read overlaps the render. Used by the first start only; events that land between this read
   * and the subscription are read again on arrival, so nothing falls in between.
   */
  readonly initialLog?: Promise<RecordedEvent[]>
  /** The savepoint's read, begun before the first render too (see logLoader.ts); the first start only. */
  readonly initialLatest?: Promise<SavedLatest | null>
  /** The category of the domain chosen first (from the URL); the first registered when absent or unknown. */
  readonly initialDomain?: string | null
  /** When the latest states are saved for the next visit's first screen (see savepointKeeper.ts). */
  readonly savepoints?: SavepointPolicy
}

/** A fresh app store around an event store: one per page, and one per test. */
export function createPlaygroundStore(
  eventStore: EventStore,
  sessionId: string,
  {
    domains,
    progressStore = createInMemoryProgressStore(),
    derivedStorage = createInMemoryDerivedStorage(),
    storage = { persisted: true, reason: null },
    openScratch = inMemoryScratch(sessionId),
    initialLog,
    initialLatest,
    initialDomain = null,
    savepoints,
  }: PlaygroundStoreOptions,
): PlaygroundStore {
  let preloaded = initialLog
  let preloadedLatest = initialLatest
  const [firstDomain] = domains.modules
  if (!firstDomain) throw new Error('A playground needs at least one domain.')
  const domain = (initialDomain ? domains.forCategory(initialDomain) : undefined) ?? firstDomain
  // Every event, indexed for time travel; the state publishes a new LogView of it per batch.
  let timeline = new Timeline(domains)
  const progress = createExerciseProgress(progressStore)
  const onActivity = progress.getState().record
  let playTimer: ReturnType<typeof setInterval> | undefined
  /** Set while the log's read has failed: reads it again. */
  let retryFailedLoad: (() => void) | null = null

  return createStore<PlaygroundState>()((set, get) => {
    const receive = (events: readonly RecordedEvent[]) => {
      timeline.append(events)
      if (timeline.length !== get().eventCount) set({ log: new LogView(timeline), eventCount: timeline.length })
    }

    /**
     * Moves the time-travel cursor (null: live). In the past, the panels that show one stream
     * (replayed state, lifecycle, charts, audit trail) follow the stream of the event at the cursor.
     */
    const moveCursor = (cursor: number | null) => {
      const streamId = cursor === null ? undefined : get().log.eventAt(cursor)?.streamId
      const follows = streamId !== undefined && categoryOf(streamId) === get().domain.category
      set(follows ? { cursor, selectedStreamId: streamId } : { cursor })
    }

    const stopTimer = () => {
      if (playTimer !== undefined) clearInterval(playTimer)
      playTimer = undefined
    }

    const startTimer = () => {
      stopTimer()
      playTimer = setInterval(() => {
        const { cursor, eventCount } = get()
        if (cursor === null || cursor >= eventCount - 1) {
          stopTimer()
          set({ cursor: null, playing: false })
        } else {
          moveCursor(cursor + 1)
        }
      }, STEP_MILLISECONDS_AT_1X / get().speed)
    }

    const runStoreAction = async (
      work: () => Promise<string>,
      from: StoreMessageOrigin = 'store-panel',
    ): Promise<boolean> => {
      set({ pending: true, storeMessage: null })
      try {
        set({ storeMessage: { tone: 'success', text: await work(), from }, pending: false })
        return true
      } catch (error) {
        set({ storeMessage: { tone: 'error', text: describeCommandError(error), from }, pending: false })
        return false
      } finally {
        // What this tab's form loaded may be out of date now: load it again.
        const loaded = get().commands.getState().loaded
        if (loaded) await get().commands.getState().load(loaded.target)
      }
    }

    const context: StoreActionContext = { eventStore, get, set, runStoreAction }
    const recorder = createRaceRecorder()
    const snapshots: SnapshotPolicy = {
      store: derivedStorage,
      every: () => get().snapshotEvery,
      now: () => new Date().toISOString(),
    }
    const sessionsOf = createDomainSessions({
      eventStore,
      sessionId,
      recorder,
      snapshots,
      onAppended: (streamId) => set({ selectedStreamId: streamId }),
      onActivity,
    })
    const lastPosition = () => get().eventCount
    // The read models catch up from the log this page already holds (they start once it is loaded):
    // eleven runners reading the whole store each slowed everything else the page wrote meanwhile.
    const readLoadedLog = async (fromPosition: number, limit: number) =>
      get().log.events.slice(fromPosition - 1, fromPosition - 1 + limit)
    const readModels = createReadModels(domains, eventStore, derivedStorage, lastPosition, readLoadedLog)
    // A process of this tab is this tab acting: the form that loaded the stream it wrote to loads it again.
    const reloadAfterProcess = (streamId: string) => {
      const session = get().commands.getState()
      const loaded = session.loaded
      if (!loaded || session.pendingCommand || session.busy) return
      if (streamIdOf(get().domain, loaded.target) === streamId) void session.load(loaded.target)
    }
    const processes = createProcessRunners(domains, readModels, eventStore, sessionId, lastPosition, reloadAfterProcess)
    const { commands, tabA, tabB } = sessionsOf(domain)

    return {
      sessionId,
      domains,
      domain,
      loadStatus: 'loading',
      log: new LogView(timeline),
      eventCount: 0,
      cursor: null,
      selectedStreamId: null,
      selectedPosition: null,
      filters: NO_FILTERS,
      playing: false,
      speed: 1,
      commands,
      lab: { tabA, tabB, recorder },
      processes,

      progress,
      storage: {
        persisted: storage.persisted,
        reason: storage.reason,
        persistence: 'checking',
        superseded: false,
        shared: storage.shared ? { ...storage.shared, connection: 'connecting' } : null,
      },
      setPersistence: (persistence) => set({ storage: { ...get().storage, persistence } }),
      markSuperseded: () => set({ storage: { ...get().storage, superseded: true } }),
      setSharedConnection: (connection) => {
        const { shared } = get().storage
        if (shared) set({ storage: { ...get().storage, shared: { ...shared, connection } } })
        // A read of the log that failed while the server was away is tried again once it is back.
        if (connection === 'connected') retryFailedLoad?.()
      },
      storeMessage: null,
      pending: false,
      readModels,
      snapshotEvery: DEFAULT_SNAPSHOT_EVERY,
      setSnapshotEvery: (every) => set({ snapshotEvery: every }),
      snapshotLab: { measuring: false, streamId: null, every: DEFAULT_SNAPSHOT_EVERY, measurements: [] },

      start() {
        void progress.getState().start()
        // Read models catch up once the log is on screen: the first screen comes first.
        let stopReadModels: Array<() => void> = []
        const loader = createLogLoader({
          eventStore,
          derivedStorage,
          domains,
          preloaded,
          preloadedLatest,
          savepoints,
          current: () => timeline,
          show: (shown, status) => {
            timeline = shown
            set({ log: new LogView(shown), eventCount: shown.length, loadStatus: status })
          },
          append: receive,
          onReady: () => {
            if (get().loadStatus !== 'ready') set({ loadStatus: 'ready' })
            stopReadModels = [
              ...eachReadModel(readModels).map((runner) => runner.start()),
              ...[...processes.values()].map((process) => process.start()),
            ]
          },
          onFailed: (error) => {
            const failure: StoreMessage = { tone: 'error', text: describeLoadError(error), from: 'store-panel' }
            set({ loadStatus: 'failed', storeMessage: failure })
            retryFailedLoad = () => {
              retryFailedLoad = null
              set({ loadStatus: 'loading', ...(get().storeMessage === failure ? { storeMessage: null } : {}) })
              loader.start()
            }
          },
        })
        preloaded = undefined
        preloadedLatest = undefined
        // Subscribe first, then read: whatever lands in between arrives through one or the other.
        const unsubscribe = eventStore.subscribe((events) => loader.arrived(events))
        const unsubscribeCleared = eventStore.onCleared(() => {
          stopTimer()
          for (const runner of eachReadModel(readModels)) void runner.reset()
          for (const process of processes.values()) process.reset()
          void derivedStorage.clearSnapshots()
          // What the panels said about the old log no longer holds: a command's result, a race, a filter
          // on a stream that is gone (a replacing import would otherwise show "0 of n events match").
          for (const name of SESSION_NAMES) sessionOf(get(), name).getState().dismiss()
          get().clearRaceSteps()
          set({
            log: new LogView((timeline = new Timeline(domains))),
            eventCount: 0,
            cursor: null,
            selectedStreamId: null,
            selectedPosition: null,
            playing: false,
            filters: NO_FILTERS,
            // A what-if of the old log means nothing on the new one.
            whatIf: [],
          })
          loader.cleared()
        })
        loader.start()
        return () => {
          retryFailedLoad = null
          loader.stop()
          stopTimer()
          unsubscribe()
          unsubscribeCleared()
          stopReadModels.forEach((stop) => stop())
        }
      },

      dismissStoreMessage: () => set({ storeMessage: null }),

      seek(position) {
        const { eventCount, log } = get()
        // While the history is read, the page holds the latest position only: travel waits for it.
        if (!log.complete) return
        const target = Math.max(0, Math.min(Math.round(position), eventCount))
        moveCursor(target >= eventCount ? null : target)
      },

      goLive() {
        stopTimer()
        set({ cursor: null, playing: false })
      },

      stepBy(delta) {
        const { cursor, eventCount } = get()
        get().seek((cursor ?? eventCount) + delta)
      },

      play() {
        const { cursor, eventCount, log } = get()
        if (eventCount === 0 || !log.complete) return
        // From live there is nothing ahead, so play replays the whole log from the start.
        set({ playing: true })
        moveCursor(cursor === null ? 0 : cursor)
        startTimer()
      },

      pause() {
        stopTimer()
        set({ playing: false })
      },

      setSpeed(speed) {
        set({ speed })
        if (get().playing) startTimer()
      },

      ...createLogFileActions(context),
      ...createSharedStoreActions(),
      ...createWhatIfActions(context),

      ...createSessionActions(get),

      ...createDomainActions(context, { domains, sessionsOf, recorder, sessionId }),

      ...createReadSideActions(context, { openScratch, sessionId }),

      setExerciseAnswer: (exerciseId, field, value) => progress.getState().setAnswer(exerciseId, field, value),
      resetExercise: (exerciseId, position) => progress.getState().resetExercise(exerciseId, position),

      setProjectionsPaused(paused) {
        for (const runner of eachReadModel(readModels)) void runner.setPaused(paused)
        // Counted from the next position on, so a pause right after an exercise's reset counts for it.
        if (paused) onActivity({ kind: 'projections-paused', streamId: '', position: get().eventCount + 1 })
      },

      async rebuildReadModel(name) {
        const runner = readModels.get(name)
        if (!runner) return
        await runner.rebuild()
        if (runner.store.getState().status !== 'failed') {
          onActivity({ kind: 'read-model-rebuilt', streamId: name, position: get().eventCount + 1 })
        }
      },

      selectOrder: (streamId) => set({ selectedStreamId: streamId }),
      selectEvent: (position) => set({ selectedPosition: position }),
      setFilters: (filters) => set({ filters: { ...get().filters, ...filters } }),

      async resetStore() {
        await runStoreAction(async () => {
          await eventStore.clear()
          await progress.getState().clearAll()
          return 'The store and the exercise progress are empty.'
        })
      },
    }
  })
}

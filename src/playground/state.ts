import type { StoreApi } from 'zustand/vanilla'
import type { AnyDomainModule } from '../kernel/domainModule'
import type { DomainRegistry } from '../kernel/replayStream'
import type { ConnectionState } from '../kernel/eventstore'
import type { EventFilters } from '../kernel/timeline/filterEvents'
import type { WhatIfChange } from '../kernel/debugger/whatIf'
import type { LogView } from '../kernel/timeline/logView'
import type { SnapshotMeasurement } from '../kernel/snapshots/measureLoads'
import type { ReadModels } from './readModels'
import type { ScriptedRace } from '../kernel/learn/types'
import type { CommandSession, Feedback, SessionCommand } from './slices/commandSession'
import type { RacePace } from './slices/sessionActions'
import type { ExerciseProgress } from './slices/exerciseProgress'
import type { RaceRecorder } from './slices/raceRecorder'
import type { Persistence } from './storage/openStorage'
import type { SharedStoreStatus } from './storage/sharedStoreConnection'
import type { ProcessRunner } from './readside/processRunner'

/*
 * The playground's state, types only: the slices and the store are typed against this file, and
 * it imports no implementation, so no slice and the store ever import each other in a circle.
 */

/**
 * Where reading the log is: nothing shown yet; the latest states shown from a savepoint while the
 * history is read ('history': the slider and the panels that read the past wait); the whole log;
 * or the read failed.
 */
export type LoadStatus = 'loading' | 'history' | 'ready' | 'failed'

/** Replay speeds offered, as multiples of one event per second. */
export type ReplaySpeed = 0.5 | 1 | 2 | 4 | 8

export type { EventFilters }

/** A command session by name: this tab's, or one pane of the conflict lab. */
/** Which button started a store action, so its message shows beside it. */
export type StoreMessageOrigin = 'store-panel' | 'start-here' | 'snapshots' | 'shared-store'

export interface StoreMessage {
  readonly tone: 'success' | 'error'
  readonly text: string
  readonly from: StoreMessageOrigin
}

export type SessionName = 'commands' | 'tabA' | 'tabB'

export interface PlaygroundState {
  readonly sessionId: string
  /** The domains this playground folds, by category. */
  readonly domains: DomainRegistry
  /** The domain the command forms, the replayed state, the lab and the exercises work on. */
  readonly domain: AnyDomainModule
  /** Chooses the domain by category; each domain keeps its own command sessions. */
  setDomain(category: string): void
  /**
   * Sends a command of any domain (found by its type) through that domain's session of this tab,
   * as its Commands form would; resolves with what it said. Retries on a conflict unless told not to.
   */
  send(command: SessionCommand, options?: { readonly retry?: boolean; readonly domain?: string }): Promise<Feedback>
  /** The processes that span aggregates (a transfer across accounts), by name, each run in this tab. */
  readonly processes: ReadonlyMap<string, ProcessRunner>
  readonly loadStatus: LoadStatus
  /** Every event, folded for time travel. Replaced (not mutated) only when the store is cleared. */
  readonly log: LogView
  /** How many events the log holds: `log.length`, as a number to select. */
  readonly eventCount: number
  /** The time-travel position; null means live (following every new event). */
  readonly cursor: number | null
  readonly selectedStreamId: string | null
  /** The event whose envelope is shown in full. */
  readonly selectedPosition: number | null
  readonly filters: EventFilters
  readonly playing: boolean
  readonly speed: ReplaySpeed
  /** This tab's command session: the Commands panel decides against the order as this tab loaded it. */
  readonly commands: CommandSession
  /** The conflict lab: two sessions in this tab, and the diagram of their steps. */
  readonly lab: { readonly tabA: CommandSession; readonly tabB: CommandSession; readonly recorder: RaceRecorder }
  /** Reads the target's stream in a session; its commands then decide against that state. */
  loadInSession(name: SessionName, target: string): Promise<void>
  /** Sends a command through a session (decided against what it loaded, appended at that version). */
  submitInSession(name: SessionName, command: SessionCommand): Promise<void>
  /** After a conflict: load the latest state and decide the same command again. */
  reloadAndRetry(name: SessionName): Promise<void>
  /** After a conflict: drop the command and load the latest state. */
  discardPending(name: SessionName): Promise<void>
  dismissFeedback(name: SessionName): void
  /** A form could not turn what was typed into a command: say so in the session's feedback. */
  reportFormError(name: SessionName, text: string): void
  /** Both lab panes reload and retry on a conflict by themselves, or not. */
  setLabAutoRetry(on: boolean): void
  /** Clears the race diagram and plays a scripted race on the lab's two panes, each step after `pace` (if given). */
  replayRace(race: ScriptedRace, target: string, pace?: RacePace): Promise<void>
  clearRaceSteps(): void
  /** What the last store action (load sample, reset, loading the log) said, and whether it failed. */
  readonly storeMessage: StoreMessage | null
  /** The learner's progress through the exercises. */
  readonly progress: ExerciseProgress
  /** Whether events persist in IndexedDB (and if not, why), and whether the browser keeps them under pressure. */
  readonly storage: {
    readonly persisted: boolean
    readonly reason: string | null
    readonly persistence: Persistence
    /** Another tab upgraded the database: this tab's connection is closed and it must be reloaded. */
    readonly superseded: boolean
    /** The shared store this tab is on (a room of `npm run server`), or null for the browser's own. */
    readonly shared: SharedStoreStatus | null
  }
  setPersistence(persistence: Persistence): void
  markSuperseded(): void
  /** The shared store's live connection changed (connected, reconnecting…). */
  setSharedConnection(connection: ConnectionState): void
  /**
   * Checks that the token opens the room and remembers it for this tab: the page then reloads onto
   * the shared store. Resolves with what went wrong, or null.
   */
  connectToSharedStore(url: string, room: string, token: string): Promise<string | null>
  /** Forgets the shared store: the page then reloads onto the browser's own store. */
  leaveSharedStore(): void
  readonly pending: boolean
  /** The query side: read models kept from the log by their projection runners. */
  readonly readModels: ReadModels
  /** Orders are loaded from a snapshot plus the tail; one is taken every this many events per stream. */
  readonly snapshotEvery: number
  setSnapshotEvery(every: number): void
  /** The snapshot chart's figures, once measured; `measuring` while a long order is written and timed. */
  readonly snapshotLab: {
    readonly measuring: boolean
    readonly streamId: string | null
    /** The snapshot interval the measurements were taken with. */
    readonly every: number
    readonly measurements: readonly SnapshotMeasurement[]
  }
  /** Appends a long order (`count` events) and measures loading it with and without snapshots. */
  measureLongOrder(count: number): Promise<void>
  /** While a log file is being imported: checking or writing, and how many events of how many. */
  readonly importProgress: {
    readonly stage: 'checking' | 'writing'
    readonly done: number
    readonly total: number
  } | null
  /**
   * Reads a log file (Export JSON or NDJSON) and writes all of it or none of it: added beside the
   * store's events (refused if a stream exists), or replacing them. Resolves whether it was imported.
   */
  importLog(text: string, options: { readonly replace: boolean }): Promise<boolean>
  /** The whole log read from the store, as a JSON document or NDJSON lines; null (and a message) if it can't be read. */
  exportLog(kind: 'json' | 'ndjson'): Promise<string | null>
  /**
   * The whole log, compressed for a link (`#/shared/<encoded>`): or why not (empty, or over
   * MAX_SHARED_LOG_BYTES compressed, when a file is the way to share it).
   */
  shareLogLink(): Promise<
    | { readonly ok: true; readonly encoded: string; readonly bytes: number; readonly events: number }
    | { readonly ok: false; readonly tooLarge: boolean; readonly text: string }
  >
  /** Moves the cursor to the last event recorded at or before `isoTime`, and says to which position. */
  seekToTime(isoTime: string): number
  /** Moves the cursor to the event that took one order to `version`. */
  seekToOrderVersion(streamId: string, version: number): void

  start(): () => void
  dismissStoreMessage(): void
  seek(position: number): void
  goLive(): void
  stepBy(delta: number): void
  play(): void
  pause(): void
  setSpeed(speed: ReplaySpeed): void
  selectOrder(streamId: string | null): void
  selectEvent(position: number | null): void
  setFilters(filters: Partial<EventFilters>): void
  /** The what-if's changes, in the order they were made: none of them is ever written to the store. */
  readonly whatIf: readonly WhatIfChange[]
  /** Adds a change to the what-if (a second change of one event replaces the first). */
  addWhatIf(change: WhatIfChange): void
  /** Takes back one change of the what-if, by its index. */
  undoWhatIf(index: number): void
  /** Drops every change of the what-if. */
  discardWhatIf(): void
  /**
   * Live only: sends, through the rules and at the end of the log, the commands that take each
   * changed stream to its what-if state; resolves with what happened, in a sentence.
   */
  applyWhatIf(): Promise<string>
  /** Writes the domain's sample; `from` names the button pressed, where its message shows. */
  loadSample(from?: StoreMessageOrigin): Promise<void>
  /** Pauses (or resumes) every projection runner: the lag grows while paused, and resuming catches up. */
  setProjectionsPaused(paused: boolean): void
  /** Empties one read model and replays the whole log into it. */
  rebuildReadModel(name: string): Promise<void>
  /** Empties the store and the exercise progress that depends on it. */
  resetStore(): Promise<void>
  /** Keeps what the learner typed as an exercise's answer. */
  setExerciseAnswer(exerciseId: string, field: string, value: string): void
  /** Starts an exercise again: only events after `position` count towards it. */
  resetExercise(exerciseId: string, position: number): void
  /** Records the history an exercise asks about. Resolves to what happened, in a sentence. */
  prepareExercise(exerciseId: string): Promise<{ ok: boolean; text: string }>
}

export type PlaygroundStore = StoreApi<PlaygroundState>

import { createStore, type StoreApi } from 'zustand/vanilla'
import { streamIdFor, targetIn, type AnyDomainModule } from '../../kernel/domainModule'
import {
  ConcurrencyError,
  type EventStore,
  type ExpectedVersion,
  type RecordedCommand,
  type RecordedEvent,
} from '../../kernel/eventstore'
import { describeCommandError } from '../describeError'
import {
  CommandRejectedError,
  handleCommand,
  loadStream,
  MAX_ATTEMPTS,
  recordableCommand,
  type LoadedStream,
} from '../../kernel/commands/handleCommand'
import type { SnapshotPolicy } from '../../kernel/snapshots/loadStream'
import type { LearnerActivity } from '../../kernel/learn/types'
import type { RaceRecorder } from './raceRecorder'

/** A command as the session holds it: any command of the session's domain. */
export type SessionCommand = { readonly type: string }

/** What the store said when this session's append met a newer stream. */
export interface ConflictDetails {
  readonly streamId: string
  readonly expectedVersion: ExpectedVersion
  readonly actualVersion: number
  /** The events appended since the version this session loaded: the ones that got in first. */
  readonly eventsFirst: readonly RecordedEvent[]
}

/** A command the business rules refused, and the stream as it was decided against: what a test of the refusal needs. */
export interface Refusal {
  readonly command: RecordedCommand
  readonly streamId: string
  /** The stream's version the command was decided against. */
  readonly version: number
  readonly code: string
  readonly message: string
}

export type Feedback =
  | { readonly tone: 'success'; readonly text: string }
  | { readonly tone: 'error'; readonly text: string; readonly refusal?: Refusal }
  | { readonly tone: 'conflict'; readonly text: string; readonly conflict: ConflictDetails }

export interface CommandSessionState {
  /** Recorded on every event this session appends. */
  readonly sessionId: string
  /** A short name for diagrams: "Tab A", "this tab". */
  readonly label: string
  /** The domain this session sends commands to. */
  readonly module: AnyDomainModule
  /** The stream this session works on (its target id), and its state as this session last loaded it. */
  readonly loaded: LoadedStream | null
  /** The command that met a conflict, kept for Reload and retry. */
  readonly pendingCommand: SessionCommand | null
  readonly feedback: Feedback | null
  readonly autoRetry: boolean
  readonly busy: boolean
  /** What the session's forms hold, kept while their view is not shown; null until typed into. */
  readonly formValues: Readonly<Record<string, string>> | null
  setFormValues(values: Readonly<Record<string, string>>): void
  /** Reads the target's stream now; later commands decide against this state until the next load. */
  load(target: string): Promise<void>
  /**
   * Decides against the loaded state (loading first if this order is not loaded) and appends at its
   * version. On a conflict it reloads and decides again (up to MAX_ATTEMPTS in all) when `autoRetry`
   * is on, or when `options.retry` says so whatever the checkbox says.
   */
  submit<Command extends SessionCommand>(command: Command, options?: SubmitOptions): Promise<void>
  /** After a conflict: load the latest state and decide the same command again. */
  reloadAndRetry(): Promise<void>
  /** After a conflict: drop the command and load the latest state. */
  discard(): Promise<void>
  setAutoRetry(on: boolean): void
  reportError(text: string): void
  dismiss(): void
}

export type CommandSession = StoreApi<CommandSessionState>

export interface SubmitOptions {
  /** Reload and retry on a conflict; defaults to the session's `autoRetry`. */
  readonly retry?: boolean
}

export interface CommandSessionOptions {
  /** The domain the session's commands go to. */
  readonly module: AnyDomainModule
  readonly sessionId: string
  readonly label: string
  readonly recorder?: RaceRecorder
  /** Called after each successful append with the stream id. */
  readonly onAppended?: (streamId: string) => void
  /** Hears conflicts and their resolution by a retry, for the exercises. */
  readonly onActivity?: (entry: LearnerActivity) => void
  /** Loads streams from their latest snapshot plus the tail, and takes the snapshots due. */
  readonly snapshots?: SnapshotPolicy
}

function successText(command: SessionCommand, target: string, version: number, attempts: number): string {
  const retried = attempts > 1 ? ` after ${attempts} attempts` : ''
  return `${command.type} appended${retried}: ${target} is now at version ${version}.`
}

/**
 * One session acting on the store: a browser tab, or a pane of the conflict lab. It keeps the
 * state it loaded, possibly stale, and appends with that version as expectedVersion, so a
 * newer stream is refused instead of being overwritten.
 */
export function createCommandSession(eventStore: EventStore, options: CommandSessionOptions): CommandSession {
  const { module, sessionId, label, recorder } = options
  const record = (
    target: string,
    kind: 'read' | 'decide' | 'append',
    detail: string,
    result: 'ok' | 'conflict' | 'rejected' = 'ok',
  ) => recorder?.getState().record({ session: label, target, kind, detail, result })

  return createStore<CommandSessionState>()((set, get) => {
    // Loads can overlap (typing, then pressing Load order): only the latest one may set `loaded`.
    let latestRead = 0
    const read = async (target: string) => {
      const ticket = ++latestRead
      const loaded = await loadStream(module, eventStore, target, options.snapshots ?? null)
      record(target, 'read', `v${loaded.state.version}`)
      if (ticket === latestRead) set({ loaded })
      return loaded
    }

    /** Records a conflict for the diagram, and where it happened for the exercises. */
    const recordConflict = async (command: SessionCommand, error: ConcurrencyError) => {
      if (options.onActivity) {
        // Where the conflict happened: the event at the version the store had reached.
        const [latest] = await eventStore.readStream(error.streamId, {
          fromVersion: error.actualVersion,
          toVersion: error.actualVersion,
        })
        options.onActivity({ kind: 'conflict', streamId: error.streamId, position: latest?.position ?? 0 })
      }
      const target = targetIn(module, error.streamId)
      record(target, 'decide', command.type)
      record(
        target,
        'append',
        `conflict: expected ${String(error.expectedVersion)}, store at v${error.actualVersion}`,
        'conflict',
      )
    }

    const conflictDetails = async (error: ConcurrencyError): Promise<ConflictDetails> => {
      const loadedVersion = get().loaded?.state.version ?? 0
      const eventsFirst = await eventStore.readStream(error.streamId, { fromVersion: loadedVersion + 1 })
      return {
        streamId: error.streamId,
        expectedVersion: error.expectedVersion,
        actualVersion: error.actualVersion,
        eventsFirst,
      }
    }

    /** The refusal of a command the rules refused against the state this session holds, for a test of it. */
    const refusalOf = (error: unknown, command: SessionCommand): { refusal?: Refusal } => {
      const recorded = recordableCommand(command)
      const loaded = get().loaded
      if (!(error instanceof CommandRejectedError) || !recorded || loaded?.target !== module.targetOf(command))
        return {}
      const { code, message } = error.domainError
      const streamId = streamIdFor(module, command)
      return { refusal: { command: recorded, streamId, version: loaded.state.version, code, message } }
    }

    /** Runs a command from a given loaded state through handleCommand; with retry, reloads and tries again on conflict. */
    const run = async (command: SessionCommand, first: LoadedStream, isRetry: boolean, retry = get().autoRetry) => {
      set({ busy: true, pendingCommand: command })
      let retried = isRetry
      const target = module.targetOf(command) as string
      try {
        const outcome = await handleCommand(module, eventStore, command, {
          metadata: { sessionId },
          loaded: first,
          reload: (id) => {
            retried = true
            return read(id)
          },
          maxAttempts: retry ? MAX_ATTEMPTS : 1,
          onConflict: (error) => recordConflict(command, error),
        })
        record(target, 'decide', command.type)
        record(target, 'append', `ok → v${outcome.append.nextExpectedVersion}`)
        set({ loaded: { target, state: outcome.state } })
        const streamId = streamIdFor(module, command)
        options.onAppended?.(streamId)
        if (retried)
          options.onActivity?.({ kind: 'conflict-resolved', streamId, position: outcome.append.lastPosition })
        set({
          pendingCommand: null,
          feedback: {
            tone: 'success',
            text: successText(command, target, outcome.append.nextExpectedVersion, outcome.attempts),
          },
        })
      } catch (error) {
        if (error instanceof CommandRejectedError) record(target, 'decide', `refused: ${error.code}`, 'rejected')
        if (error instanceof ConcurrencyError) {
          const conflict = await conflictDetails(error)
          set({ feedback: { tone: 'conflict', text: describeCommandError(error), conflict } })
        } else {
          const text =
            error instanceof CommandRejectedError && retried
              ? `Retried against version ${get().loaded?.state.version ?? 0}, and the business rules now refuse it: ${error.message}`
              : describeCommandError(error)
          set({ pendingCommand: null, feedback: { tone: 'error', text, ...refusalOf(error, command) } })
        }
      } finally {
        set({ busy: false })
      }
    }

    return {
      module,
      sessionId,
      label,
      loaded: null,
      pendingCommand: null,
      feedback: null,
      autoRetry: false,
      busy: false,
      formValues: null,
      setFormValues: (formValues) => set({ formValues }),

      async load(target) {
        try {
          await read(target)
        } catch (error) {
          set({ loaded: null, feedback: { tone: 'error', text: describeCommandError(error) } })
        }
      },

      async submit(command, submitOptions) {
        set({ feedback: null })
        const { loaded } = get()
        try {
          const target = module.targetOf(command) as string
          const from = loaded && loaded.target === target ? loaded : await read(target)
          await run(command, from, false, submitOptions?.retry)
        } catch (error) {
          set({ feedback: { tone: 'error', text: describeCommandError(error) } })
        }
      },

      async reloadAndRetry() {
        const { pendingCommand } = get()
        if (!pendingCommand) return
        await run(pendingCommand, await read(module.targetOf(pendingCommand) as string), true)
      },

      async discard() {
        const { pendingCommand, loaded } = get()
        set({ pendingCommand: null, feedback: null })
        const target = pendingCommand ? (module.targetOf(pendingCommand) as string) : loaded?.target
        if (target) await get().load(target)
      },

      setAutoRetry: (autoRetry) => set({ autoRetry }),
      reportError: (text) => set({ feedback: { tone: 'error', text } }),
      dismiss: () => set({ feedback: null }),
    }
  })
}

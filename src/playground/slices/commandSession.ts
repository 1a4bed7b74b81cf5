import { createStore, type StoreApi } from 'zustand/vanilla'
import { orderStreamId, type OrderCommand, type OrderState } from '../../domains/order'
import { ConcurrencyError, type EventStore, type ExpectedVersion, type RecordedEvent } from '../../kernel/eventstore'
import { describeCommandError } from '../describeError'
import { CommandRejectedError, executeOrderCommand, loadOrder } from '../../kernel/commands/handleCommand'
import type { SnapshotPolicy } from '../../kernel/snapshots/loadStream'
import type { LearnerActivity } from '../../domains/order/exercises'
import type { RaceRecorder } from './raceRecorder'
import { MAX_ATTEMPTS, retryOnConflict } from '../../kernel/commands/retry'

/** What the store said when this session's append met a newer stream. */
export interface ConflictDetails {
  readonly streamId: string
  readonly expectedVersion: ExpectedVersion
  readonly actualVersion: number
  /** The events appended since the version this session loaded: the ones that got in first. */
  readonly eventsFirst: readonly RecordedEvent[]
}

export type Feedback =
  | { readonly tone: 'success'; readonly text: string }
  | { readonly tone: 'error'; readonly text: string }
  | { readonly tone: 'conflict'; readonly text: string; readonly conflict: ConflictDetails }

export interface CommandSessionState {
  /** Recorded on every event this session appends. */
  readonly sessionId: string
  /** A short name for diagrams: "Tab A", "this tab". */
  readonly label: string
  /** The order this session works on, and its state as this session last loaded it. */
  readonly loaded: { readonly orderId: string; readonly state: OrderState } | null
  /** The command that met a conflict, kept for Reload and retry. */
  readonly pendingCommand: OrderCommand | null
  readonly feedback: Feedback | null
  readonly autoRetry: boolean
  readonly busy: boolean
  /** Reads the order's stream now; later commands decide against this state until the next load. */
  load(orderId: string): Promise<void>
  /**
   * Decides against the loaded state (loading first if this order is not loaded) and appends at its
   * version. On a conflict it reloads and decides again (up to MAX_ATTEMPTS in all) when `autoRetry`
   * is on, or when `options.retry` says so whatever the checkbox says.
   */
  submit(command: OrderCommand, options?: SubmitOptions): Promise<void>
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
  readonly sessionId: string
  readonly label: string
  readonly recorder?: RaceRecorder
  /** Called after each successful append with the order's stream id. */
  readonly onAppended?: (streamId: string) => void
  /** Hears conflicts and their resolution by a retry, for the exercises. */
  readonly onActivity?: (entry: LearnerActivity) => void
  /** Loads orders from their latest snapshot plus the tail, and takes the snapshots due. */
  readonly snapshots?: SnapshotPolicy
}

function successText(command: OrderCommand, version: number, attempts: number): string {
  const retried = attempts > 1 ? ` after ${attempts} attempts` : ''
  return `${command.type} appended${retried}: ${command.orderId} is now at version ${version}.`
}

/**
 * One session acting on the store: a browser tab, or a pane of the conflict lab. It keeps the
 * state it loaded, possibly stale, and appends with that version as expectedVersion, so a
 * newer stream is refused instead of being overwritten.
 */
export function createCommandSession(eventStore: EventStore, options: CommandSessionOptions): CommandSession {
  const { sessionId, label, recorder } = options
  const record = (kind: 'read' | 'decide' | 'append', detail: string, result: 'ok' | 'conflict' | 'rejected' = 'ok') =>
    recorder?.getState().record({ session: label, kind, detail, result })

  return createStore<CommandSessionState>()((set, get) => {
    // Loads can overlap (typing, then pressing Load order): only the latest one may set `loaded`.
    let latestRead = 0
    const read = async (orderId: string) => {
      const ticket = ++latestRead
      const loaded = await loadOrder(eventStore, orderId, options.snapshots ?? null)
      record('read', `v${loaded.state.version}`)
      if (ticket === latestRead) set({ loaded })
      return loaded
    }

    /** One attempt: decide against `loaded`, append at its version. */
    const attempt = async (command: OrderCommand, loaded: { orderId: string; state: OrderState }) => {
      try {
        const outcome = await executeOrderCommand(eventStore, command, loaded, { sessionId })
        record('decide', command.type)
        record('append', `ok → v${outcome.append.nextExpectedVersion}`)
        set({ loaded: { orderId: command.orderId, state: outcome.state } })
        options.onAppended?.(orderStreamId(command.orderId))
        return outcome
      } catch (error) {
        if (error instanceof CommandRejectedError) record('decide', `refused: ${error.code}`, 'rejected')
        if (error instanceof ConcurrencyError && options.onActivity) {
          // Where the conflict happened: the event at the version the store had reached.
          const [latest] = await eventStore.readStream(error.streamId, {
            fromVersion: error.actualVersion,
            toVersion: error.actualVersion,
          })
          options.onActivity({ kind: 'conflict', streamId: error.streamId, position: latest?.position ?? 0 })
        }
        if (error instanceof ConcurrencyError) {
          record('decide', command.type)
          record(
            'append',
            `conflict: expected ${String(error.expectedVersion)}, store at v${error.actualVersion}`,
            'conflict',
          )
        }
        throw error
      }
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

    /** Runs a command from a given loaded state; with auto-retry, reloads and tries again on conflict. */
    const run = async (
      command: OrderCommand,
      first: { orderId: string; state: OrderState },
      isRetry: boolean,
      retry = get().autoRetry,
    ) => {
      set({ busy: true, pendingCommand: command })
      let retried = isRetry
      try {
        const { result, attempts } = await retryOnConflict(
          async (attemptNumber) => {
            if (attemptNumber > 1) retried = true
            return attempt(command, attemptNumber === 1 ? first : await read(command.orderId))
          },
          retry ? MAX_ATTEMPTS : 1,
        )
        if (retried) {
          const streamId = orderStreamId(command.orderId)
          options.onActivity?.({ kind: 'conflict-resolved', streamId, position: result.append.lastPosition })
        }
        set({
          pendingCommand: null,
          feedback: { tone: 'success', text: successText(command, result.append.nextExpectedVersion, attempts) },
        })
      } catch (error) {
        if (error instanceof ConcurrencyError) {
          const conflict = await conflictDetails(error)
          set({ feedback: { tone: 'conflict', text: describeCommandError(error), conflict } })
        } else {
          const text =
            error instanceof CommandRejectedError && retried
              ? `Retried against version ${get().loaded?.state.version ?? 0}, and the business rules now refuse it: ${error.message}`
              : describeCommandError(error)
          set({ pendingCommand: null, feedback: { tone: 'error', text } })
        }
      } finally {
        set({ busy: false })
      }
    }

    return {
      sessionId,
      label,
      loaded: null,
      pendingCommand: null,
      feedback: null,
      autoRetry: false,
      busy: false,

      async load(orderId) {
        try {
          await read(orderId)
        } catch (error) {
          set({ loaded: null, feedback: { tone: 'error', text: describeCommandError(error) } })
        }
      },

      async submit(command, submitOptions) {
        set({ feedback: null })
        const { loaded } = get()
        try {
          const from = loaded && loaded.orderId === command.orderId ? loaded : await read(command.orderId)
          await run(command, from, false, submitOptions?.retry)
        } catch (error) {
          set({ feedback: { tone: 'error', text: describeCommandError(error) } })
        }
      },

      async reloadAndRetry() {
        const { pendingCommand } = get()
        if (!pendingCommand) return
        await run(pendingCommand, await read(pendingCommand.orderId), true)
      },

      async discard() {
        const { pendingCommand, loaded } = get()
        set({ pendingCommand: null, feedback: null })
        const orderId = pendingCommand?.orderId ?? loaded?.orderId
        if (orderId) await get().load(orderId)
      },

      setAutoRetry: (autoRetry) => set({ autoRetry }),
      reportError: (text) => set({ feedback: { tone: 'error', text } }),
      dismiss: () => set({ feedback: null }),
    }
  })
}

import type { DomainError } from '../decider'
import { streamIdFor, streamIdOf, type AnyDomainModule, type VersionedState } from '../domainModule'
import {
  ConcurrencyError,
  type AppendResult,
  type EventStore,
  type JsonValue,
  type NewEventMetadata,
  type RecordedCommand,
} from '../eventstore'
import { replayStream } from '../replayStream'
import { loadStreamState, type SnapshotPolicy } from '../snapshots/loadStream'
import { MAX_ATTEMPTS, retryOnConflict } from './retry'

/** A stream as one session loaded it: the state it decides against and the version it expects. */
export interface LoadedStream<State extends VersionedState = VersionedState> {
  /** The id inside the stream id (`order-001` of `Order-order-001`). */
  readonly target: string
  readonly state: State
}

export interface CommandOutcome<State extends VersionedState = VersionedState> {
  readonly events: readonly { readonly type: string; readonly data: unknown }[]
  readonly append: AppendResult
  /** The state after the new events, as this session now sees it. */
  readonly state: State
  /** How many attempts it took, 1 when the first one succeeded. */
  readonly attempts: number
}

/** The command broke a business rule; nothing was appended. */
export class CommandRejectedError extends Error {
  readonly code: string
  constructor(readonly domainError: DomainError) {
    super(domainError.message)
    this.name = 'CommandRejectedError'
    this.code = domainError.code
  }
}

/**
 * Reads a stream of `module` (from its latest snapshot, given a policy) and folds it.
 * @throws CommandRejectedError when `target` is not a valid id for the module.
 */
export async function loadStream(
  module: AnyDomainModule,
  store: EventStore,
  target: string,
  snapshots: SnapshotPolicy | null = null,
): Promise<LoadedStream> {
  const problem = module.idProblem(target)
  if (problem) throw new CommandRejectedError(problem)
  const { state } = await loadStreamState(module, store, streamIdOf(module, target), snapshots)
  return { target, state }
}

/**
 * The command as its events record it: its JSON (a field left undefined is left out). A command
 * JSON cannot hold (a BigInt, a cycle) is not recorded; its events are appended all the same.
 */
export function recordableCommand(command: { readonly type: string }): RecordedCommand | undefined {
  try {
    const copy: unknown = JSON.parse(JSON.stringify(command))
    return typeof copy === 'object' && copy !== null && !Array.isArray(copy) ? (copy as RecordedCommand) : undefined
  } catch {
    return undefined
  }
}

/**
 * Decides `command` against a state loaded earlier and appends the events with
 * `expectedVersion` = the version that state was loaded at, each stamped with the module's
 * schema version and the command it was decided from. If someone appended since, the store throws ConcurrencyError and nothing is written.
 * @throws CommandRejectedError when the command breaks a business rule.
 */
export async function executeCommand<Command extends { readonly type: string }>(
  module: AnyDomainModule,
  store: EventStore,
  command: Command,
  loaded: LoadedStream,
  metadata: Omit<NewEventMetadata, 'schemaVersion'> = {},
): Promise<Omit<CommandOutcome, 'attempts'>> {
  const decision = module.decider.decide(command, loaded.state)
  if (!decision.ok) throw new CommandRejectedError(decision.error)
  const events: readonly { readonly type: string; readonly data: unknown }[] = decision.events
  const recorded = recordableCommand(command)
  const append = await store.append(
    streamIdFor(module, command),
    events.map((event) => ({
      type: event.type,
      // Events are data: a domain's decided events are JSON values by the contract.
      data: event.data as JsonValue,
      metadata: { ...metadata, schemaVersion: module.schemaVersion, ...(recorded ? { command: recorded } : {}) },
    })),
    // A stream that did not exist when loaded must still not exist: 'no_stream' says so in the error.
    { expectedVersion: loaded.state.version === 0 ? 'no_stream' : loaded.state.version },
  )
  const versions = events.map((event, index) => ({ ...event, version: loaded.state.version + index + 1 }))
  return { events, append, state: replayStream(module, versions, loaded.state) }
}

export interface HandleCommandOptions {
  /** Recorded on every event appended (the session, correlation and causation ids). */
  readonly metadata?: Omit<NewEventMetadata, 'schemaVersion'>
  /** Load from the latest snapshot plus the tail, and save the snapshots due. */
  readonly snapshots?: SnapshotPolicy | null
  /** Attempts in all: on a conflict the stream is loaded again and the command decided again. Default 1. */
  readonly maxAttempts?: number
  /** The state to decide against first (a session's possibly stale load); default: load now. */
  readonly loaded?: LoadedStream
  /** How to load for a retry (a session records its reads); default: `loadStream`. */
  readonly reload?: (target: string) => Promise<LoadedStream>
  /** Hears each conflict, the last one included, before the retry or the throw. */
  readonly onConflict?: (error: ConcurrencyError, attempt: number) => void | Promise<void>
}

/**
 * The one command path: load (snapshot + tail) → decide → append at the loaded version →
 * on a conflict, load again and decide again, up to `maxAttempts` in all.
 * @throws CommandRejectedError when the command breaks a business rule (on any attempt).
 * @throws ConcurrencyError when the last attempt met a newer stream.
 */
export async function handleCommand<Command extends { readonly type: string }>(
  module: AnyDomainModule,
  store: EventStore,
  command: Command,
  options: HandleCommandOptions = {},
): Promise<CommandOutcome> {
  const target = module.targetOf(command)
  const load = options.reload ?? ((id: string) => loadStream(module, store, id, options.snapshots ?? null))
  const { result, attempts } = await retryOnConflict(async (attempt) => {
    const loaded = attempt === 1 && options.loaded ? options.loaded : await load(target)
    try {
      return await executeCommand(module, store, command, loaded, options.metadata)
    } catch (error) {
      if (error instanceof ConcurrencyError) await options.onConflict?.(error, attempt)
      throw error
    }
  }, options.maxAttempts ?? 1)
  return { ...result, attempts }
}

export { MAX_ATTEMPTS }

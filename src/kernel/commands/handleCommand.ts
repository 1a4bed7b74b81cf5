import type { DomainError } from '../decider'
import {
  decideOrder,
  orderIdProblem,
  orderStreamId,
  replayOrder,
  type OrderCommand,
  type OrderErrorCode,
  type OrderEvent,
  type OrderState,
} from '../../domains/order'
import type { AppendResult, EventStore, NewEventMetadata } from '../eventstore'
import { loadOrderState, type SnapshotPolicy } from '../snapshots/loadStream'

/** An order as one session loaded it: the state it decides against and the version it expects. */
export interface LoadedOrder {
  readonly orderId: string
  readonly state: OrderState
}

export interface CommandOutcome {
  readonly events: readonly OrderEvent[]
  readonly append: AppendResult
  /** The state after the new events, as this session now sees it. */
  readonly state: OrderState
}

/** The command broke a business rule; nothing was appended. */
export class CommandRejectedError extends Error {
  readonly code: OrderErrorCode
  constructor(readonly domainError: DomainError<OrderErrorCode>) {
    super(domainError.message)
    this.name = 'CommandRejectedError'
    this.code = domainError.code
  }
}

/**
 * Reads an order's stream (from its latest snapshot, given a policy) and folds it.
 * @throws CommandRejectedError when the order id is not a valid id.
 */
export async function loadOrder(
  store: EventStore,
  orderId: string,
  snapshots: SnapshotPolicy | null = null,
): Promise<LoadedOrder> {
  const problem = orderIdProblem(orderId)
  if (problem) throw new CommandRejectedError(problem)
  const { state } = await loadOrderState(store, orderStreamId(orderId), snapshots)
  return { orderId, state }
}

/**
 * Decides `command` against a state loaded earlier and appends the events with
 * `expectedVersion` = the version that state was loaded at. If someone appended since,
 * the store throws ConcurrencyError and nothing is written.
 * @throws CommandRejectedError when the command breaks a business rule.
 */
export async function executeOrderCommand(
  store: EventStore,
  command: OrderCommand,
  loaded: LoadedOrder,
  metadata?: NewEventMetadata,
): Promise<CommandOutcome> {
  const decision = decideOrder(command, loaded.state)
  if (!decision.ok) throw new CommandRejectedError(decision.error)
  const append = await store.append(
    orderStreamId(command.orderId),
    decision.events.map((event) => ({ type: event.type, data: event.data, ...(metadata ? { metadata } : {}) })),
    // A stream that did not exist when loaded must still not exist: 'no_stream' says so in the error.
    { expectedVersion: loaded.state.version === 0 ? 'no_stream' : loaded.state.version },
  )
  const versions = decision.events.map((event, index) => ({ ...event, version: loaded.state.version + index + 1 }))
  return { events: decision.events, append, state: replayOrder(versions, loaded.state) }
}

/** The one command handler: load the stream, fold it, decide, append at the loaded version. */
export async function handleOrderCommand(
  store: EventStore,
  command: OrderCommand,
  metadata?: NewEventMetadata,
): Promise<CommandOutcome> {
  return executeOrderCommand(store, command, await loadOrder(store, command.orderId), metadata)
}

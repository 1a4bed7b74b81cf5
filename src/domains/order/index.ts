import type { Decider } from '../../kernel/decider'
import type { OrderCommand } from './commands'
import { decideOrder } from './decide'
import type { OrderErrorCode } from './errors'
import type { OrderEvent } from './events'
import { evolveOrder, initialOrderState, type OrderState } from './state'

export * from './commands'
export * from './errors'
export * from './events'
export * from './state'
export { decideOrder, orderIdProblem } from './decide'
export { replayOrder, replayOrderEvent } from './replay'
export { asOrderEvent, readOrderEvent, type OrderEventReading, type StoredOrderEvent } from './reading'
export * from './upcasters'
export { isRecord, orderEventDataProblem, type JsonRecord } from './eventData'

/** The Order aggregate as a decider. */
export const orderDecider: Decider<OrderCommand, OrderEvent, OrderState, OrderErrorCode> = {
  decide: decideOrder,
  evolve: evolveOrder,
  initialState: initialOrderState,
}

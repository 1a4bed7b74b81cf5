import { assertNever } from '../../kernel/assertNever'
import { asOrderEvent, type StoredOrderEvent } from './reading'
import type { OrderEvent } from './events'
import { evolveOrder, initialOrderState, type OrderLine, type OrderState } from './state'

/** Folds one stored event into state: `replayOrder` for a single event, without building a list. */
export function replayOrderEvent(state: OrderState, stored: StoredOrderEvent): OrderState {
  const event = asOrderEvent(stored)
  const next = event ? evolveOrder(state, event) : state
  // evolve counts one version per event; only a stream that skips events needs the stored one set.
  return next.version === stored.version ? next : { ...next, version: stored.version }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }
type OrderDraft = Mutable<Omit<OrderState, 'items' | 'totalCents'>> & {
  items: OrderLine[]
  /**
   * The lines the fold began with: the state's, shared with it, and copied on change. Any other
   * line is the fold's own and changes in place. Null when it began with none (a fold from empty),
   * so the common case looks nothing up.
   */
  shared: ReadonlySet<OrderLine> | null
}

/**
 * A working copy of `state` that one fold changes in place. Its lines stay the state's own until
 * one changes, so states of one order share the lines they have in common: a checkpoint every 32
 * events of every order of a million-event log holds each unchanged line once.
 */
const draftOf = (state: OrderState): OrderDraft => ({
  status: state.status,
  orderId: state.orderId,
  customerId: state.customerId,
  items: [...state.items],
  shared: state.items.length > 0 ? new Set(state.items) : null,
  version: state.version,
  paymentMethod: state.paymentMethod,
  cancelReason: state.cancelReason,
})

/** Applies one event to a draft: what `evolveOrder` does, without copying the state for every event. */
function applyToDraft(draft: OrderDraft, event: OrderEvent): void {
  switch (event.type) {
    case 'OrderCreated':
      draft.status = 'created'
      draft.orderId = event.data.orderId
      draft.customerId = event.data.customerId
      return
    case 'ItemAdded': {
      const { itemId, quantity, unitPriceCents } = event.data
      const line = draft.items.find((candidate) => candidate.itemId === itemId)
      if (!line) draft.items.push({ itemId, quantity, unitPriceCents })
      else if (!draft.shared?.has(line)) (line as Mutable<OrderLine>).quantity += quantity
      else draft.items[draft.items.indexOf(line)] = { ...line, quantity: line.quantity + quantity }
      return
    }
    case 'ItemRemoved':
      draft.items = draft.items.filter((line) => line.itemId !== event.data.itemId)
      return
    case 'OrderPaid':
      draft.status = 'paid'
      draft.paymentMethod = event.data.paymentMethod
      return
    case 'OrderCancelled':
      draft.status = 'cancelled'
      draft.cancelReason = event.data.reason
      return
    default:
      return assertNever(event, 'order event')
  }
}

const stateOf = (draft: OrderDraft): OrderState => ({
  status: draft.status,
  orderId: draft.orderId,
  customerId: draft.customerId,
  items: draft.items,
  totalCents: draft.items.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0),
  version: draft.version,
  paymentMethod: draft.paymentMethod,
  cancelReason: draft.cancelReason,
})

/**
 * Folds a stream's stored events into state, starting from `from`. Older schemas are upcast on
 * the way; events the domain cannot read (an unknown type or schema, broken data) are skipped,
 * but still count towards the version.
 *
 * The fold changes one private draft in place and builds the state once at the end, so a long
 * stream costs one small step per event rather than a copy of the state per event. It gives the
 * same state as `replayOrderEvent` event by event: a property test holds the two together.
 * `from` is returned as it is when there are no events.
 */
export function replayOrder(events: Iterable<StoredOrderEvent>, from: OrderState = initialOrderState): OrderState {
  let draft: OrderDraft | undefined
  for (const stored of events) {
    draft ??= draftOf(from)
    const event = asOrderEvent(stored)
    if (event) applyToDraft(draft, event)
    draft.version = stored.version
  }
  return draft ? stateOf(draft) : from
}

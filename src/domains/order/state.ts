import { assertNever } from '../../kernel/assertNever'
import type { Cents } from '../../kernel/money'
import type { OrderEvent, PaymentMethod } from './events'

export type OrderStatus = 'not_created' | 'created' | 'paid' | 'cancelled'

export interface OrderLine {
  readonly itemId: string
  readonly quantity: number
  readonly unitPriceCents: Cents
}

/** The Order as folded from its events. Plain JSON, so it can be snapshotted. */
export interface OrderState {
  readonly status: OrderStatus
  readonly orderId: string | null
  readonly customerId: string | null
  /** Lines in the order they were first added. */
  readonly items: readonly OrderLine[]
  readonly totalCents: Cents
  /** How many events were folded: the stream version this state reflects. */
  readonly version: number
  readonly paymentMethod: PaymentMethod | null
  readonly cancelReason: string | null
}

/** Each status in words, as the panels and the audit trail say it. */
export const ORDER_STATUS_WORDS: Readonly<Record<OrderStatus, string>> = {
  not_created: 'not created',
  created: 'created',
  paid: 'paid',
  cancelled: 'cancelled',
}

export const initialOrderState: OrderState = {
  status: 'not_created',
  orderId: null,
  customerId: null,
  items: [],
  totalCents: 0,
  version: 0,
  paymentMethod: null,
  cancelReason: null,
}

export function lineTotalCents(line: OrderLine): Cents {
  return line.quantity * line.unitPriceCents
}

function totalOf(items: readonly OrderLine[]): Cents {
  return items.reduce((sum, line) => sum + lineTotalCents(line), 0)
}

/** The next version with new lines and their total: one copy of the state per event. */
function withItems(state: OrderState, items: readonly OrderLine[]): OrderState {
  return { ...state, version: state.version + 1, items, totalCents: totalOf(items) }
}

function addLine(items: readonly OrderLine[], added: OrderLine): readonly OrderLine[] {
  const existing = items.find((line) => line.itemId === added.itemId)
  // A new line takes only the line's fields, whatever else the event's data carries.
  if (!existing)
    return [...items, { itemId: added.itemId, quantity: added.quantity, unitPriceCents: added.unitPriceCents }]
  return items.map((line) =>
    line.itemId === added.itemId ? { ...line, quantity: line.quantity + added.quantity } : line,
  )
}

/** Folds one event into the state. Pure; never throws for a known event. */
export function evolveOrder(state: OrderState, event: OrderEvent): OrderState {
  // Each case copies the state once: replay runs this for every event of the log.
  const version = state.version + 1
  switch (event.type) {
    case 'OrderCreated':
      return { ...state, version, status: 'created', orderId: event.data.orderId, customerId: event.data.customerId }
    case 'ItemAdded':
      return withItems(state, addLine(state.items, event.data))
    case 'ItemRemoved':
      return withItems(
        state,
        state.items.filter((line) => line.itemId !== event.data.itemId),
      )
    case 'OrderPaid':
      return { ...state, version, status: 'paid', paymentMethod: event.data.paymentMethod }
    case 'OrderCancelled':
      return { ...state, version, status: 'cancelled', cancelReason: event.data.reason }
    default:
      return assertNever(event, 'order event')
  }
}

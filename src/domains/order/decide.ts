import { assertNever } from '../../kernel/assertNever'
import { accept, reject, type Decision, type DomainError } from '../../kernel/decider'
import { formatCents } from '../../kernel/money'
import type { AddItem, CancelOrder, CreateOrder, OrderCommand, PayOrder, RemoveItem } from './commands'
import { MAX_ID_LENGTH, MAX_QUANTITY, MAX_REASON_LENGTH, MAX_UNIT_PRICE_CENTS, type OrderErrorCode } from './errors'
import { PAYMENT_METHODS, isPaymentMethod, type OrderEvent } from './events'
import type { OrderState } from './state'

type OrderDecision = Decision<OrderEvent, OrderErrorCode>

const ID_PATTERN = /^\S+$/

function checkId(label: string, value: string): OrderDecision | undefined {
  if (value.length === 0) return reject('InvalidId', `${label} is required.`)
  if (value.length > MAX_ID_LENGTH || !ID_PATTERN.test(value)) {
    return reject(
      'InvalidId',
      `${label} must be 1 to ${MAX_ID_LENGTH} characters with no spaces (got "${value.slice(0, MAX_ID_LENGTH)}").`,
    )
  }
  return undefined
}

function requireOpenOrder(state: OrderState, action: string): OrderDecision | undefined {
  switch (state.status) {
    case 'not_created':
      return reject('OrderNotFound', `This order does not exist yet: create it before you ${action}.`)
    case 'paid':
      return reject(
        'OrderNotOpen',
        `This order is paid, so you can no longer ${action}. Items change only while it is created.`,
      )
    case 'cancelled':
      return reject(
        'OrderNotOpen',
        `This order is cancelled, so you can no longer ${action}. Items change only while it is created.`,
      )
    case 'created':
      return undefined
    default:
      return assertNever(state.status, 'order status')
  }
}

/** The rule every command's order id must meet, or undefined when it does. */
export function orderIdProblem(orderId: string): DomainError<OrderErrorCode> | undefined {
  const decision = checkId('Order ID', orderId)
  return decision && !decision.ok ? decision.error : undefined
}

function decideCreate(command: CreateOrder, state: OrderState): OrderDecision {
  const invalid = checkId('Customer ID', command.customerId)
  if (invalid) return invalid
  if (state.status !== 'not_created') {
    return reject('OrderAlreadyExists', `Order ${command.orderId} already exists; an order is created once.`)
  }
  return accept({ type: 'OrderCreated', data: { orderId: command.orderId, customerId: command.customerId } })
}

function decideAddItem(command: AddItem, state: OrderState): OrderDecision {
  const invalid = checkId('Item ID', command.itemId) ?? requireOpenOrder(state, 'add items')
  if (invalid) return invalid
  const { quantity, unitPriceCents, itemId } = command
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
    return reject(
      'InvalidQuantity',
      `Quantity must be a whole number from 1 to ${MAX_QUANTITY.toLocaleString('en-US')} (got ${quantity}).`,
    )
  }
  if (!Number.isInteger(unitPriceCents) || unitPriceCents < 0 || unitPriceCents > MAX_UNIT_PRICE_CENTS) {
    return reject(
      'InvalidUnitPrice',
      `Unit price must be an amount from $0.00 to ${formatCents(MAX_UNIT_PRICE_CENTS)} with at most two decimals.`,
    )
  }
  // Adding an item that is already in the order adds to its quantity, at the same unit price.
  const existing = state.items.find((line) => line.itemId === itemId)
  if (existing && existing.unitPriceCents !== unitPriceCents) {
    return reject(
      'ItemPriceMismatch',
      `${itemId} is already in the order at ${formatCents(existing.unitPriceCents)}; add it at that price, or remove it first to change the price.`,
    )
  }
  if (existing && existing.quantity + quantity > MAX_QUANTITY) {
    return reject(
      'InvalidQuantity',
      `${itemId} would exceed the largest quantity of ${MAX_QUANTITY.toLocaleString('en-US')}.`,
    )
  }
  return accept({ type: 'ItemAdded', data: { itemId, quantity, unitPriceCents } })
}

function decideRemoveItem(command: RemoveItem, state: OrderState): OrderDecision {
  const invalid = checkId('Item ID', command.itemId) ?? requireOpenOrder(state, 'remove items')
  if (invalid) return invalid
  if (!state.items.some((line) => line.itemId === command.itemId)) {
    const present = state.items.map((line) => line.itemId).join(', ') || 'none'
    return reject(
      'ItemNotInOrder',
      `${command.itemId} is not in this order, so it can't be removed (items: ${present}).`,
    )
  }
  return accept({ type: 'ItemRemoved', data: { itemId: command.itemId } })
}

function decidePay(command: PayOrder, state: OrderState): OrderDecision {
  if (!isPaymentMethod(command.paymentMethod)) {
    return reject('InvalidPaymentMethod', `Payment method must be one of ${PAYMENT_METHODS.join(', ')}.`)
  }
  switch (state.status) {
    case 'not_created':
      return reject('OrderNotFound', 'This order does not exist yet: create it before you pay.')
    case 'paid':
      return reject('OrderAlreadyPaid', 'This order is already paid; an order is paid once.')
    case 'cancelled':
      return reject('OrderAlreadyCancelled', 'This order is cancelled, so it can no longer be paid.')
    case 'created':
      break
    default:
      return assertNever(state.status, 'order status')
  }
  if (state.items.length === 0)
    return reject('EmptyOrder', 'An empty order cannot be paid: add at least one item first.')
  return accept({ type: 'OrderPaid', data: { paymentMethod: command.paymentMethod, amountCents: state.totalCents } })
}

function decideCancel(command: CancelOrder, state: OrderState): OrderDecision {
  const reason = command.reason.trim()
  if (reason.length === 0) return reject('ReasonRequired', 'Give a reason for cancelling the order.')
  if (reason.length > MAX_REASON_LENGTH) {
    return reject('ReasonRequired', `A reason is at most ${MAX_REASON_LENGTH} characters.`)
  }
  switch (state.status) {
    case 'not_created':
      return reject('OrderNotFound', 'This order does not exist yet, so there is nothing to cancel.')
    case 'paid':
      return reject('CannotCancelPaidOrder', 'A paid order cannot be cancelled.')
    case 'cancelled':
      return reject('OrderAlreadyCancelled', 'This order is already cancelled.')
    case 'created':
      return accept({ type: 'OrderCancelled', data: { reason } })
    default:
      return assertNever(state.status, 'order status')
  }
}

/** Decides what a command means for an order in `state`: the events to record, or the rule it breaks. Pure. */
export function decideOrder(command: OrderCommand, state: OrderState): OrderDecision {
  const invalidOrderId = checkId('Order ID', command.orderId)
  if (invalidOrderId) return invalidOrderId
  switch (command.type) {
    case 'CreateOrder':
      return decideCreate(command, state)
    case 'AddItem':
      return decideAddItem(command, state)
    case 'RemoveItem':
      return decideRemoveItem(command, state)
    case 'PayOrder':
      return decidePay(command, state)
    case 'CancelOrder':
      return decideCancel(command, state)
    default:
      return assertNever(command, 'order command')
  }
}

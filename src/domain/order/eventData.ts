import { MAX_ID_LENGTH, MAX_QUANTITY, MAX_REASON_LENGTH, MAX_UNIT_PRICE_CENTS } from './errors'
import { PAYMENT_METHODS, isPaymentMethod, type OrderEvent, type OrderEventType } from './events'

/** An event's data once known to be an object. */
export type JsonRecord = Readonly<Record<string, unknown>>
type Data = JsonRecord

export const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function idProblem(data: Data, field: string): string | null {
  const value = data[field]
  if (typeof value !== 'string' || value.length === 0) return `${field} must be a non-empty string`
  if (value.length > MAX_ID_LENGTH) return `${field} must be at most ${MAX_ID_LENGTH} characters`
  return null
}

function wholeNumberProblem(data: Data, field: string, min: number, max: number): string | null {
  const value = data[field]
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return `${field} must be a whole number from ${min} to ${max}`
  }
  return null
}

const CHECKS: Readonly<Record<OrderEventType, (data: Data) => string | null>> = {
  OrderCreated: (data) => idProblem(data, 'orderId') ?? idProblem(data, 'customerId'),
  ItemAdded: (data) =>
    idProblem(data, 'itemId') ??
    wholeNumberProblem(data, 'quantity', 1, MAX_QUANTITY) ??
    wholeNumberProblem(data, 'unitPriceCents', 0, MAX_UNIT_PRICE_CENTS),
  ItemRemoved: (data) => idProblem(data, 'itemId'),
  OrderPaid: (data) =>
    typeof data.paymentMethod !== 'string' || !isPaymentMethod(data.paymentMethod)
      ? `paymentMethod must be one of ${PAYMENT_METHODS.join(', ')}`
      : data.amountCents === undefined
        ? null
        : wholeNumberProblem(data, 'amountCents', 0, Number.MAX_SAFE_INTEGER),
  OrderCancelled: (data) =>
    typeof data.reason !== 'string' || data.reason.length > MAX_REASON_LENGTH
      ? `reason must be a string of at most ${MAX_REASON_LENGTH} characters`
      : null,
}

const isId = (value: unknown): boolean => typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH
const isWhole = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max

/**
 * True when the data has the current shape of its type: the same rules as `orderEventDataProblem`,
 * without building a message. Replay asks this for every event it folds, so it stays this plain.
 */
export function isOrderEventData(type: OrderEventType, data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false
  const fields = data as JsonRecord
  switch (type) {
    case 'OrderCreated':
      return isId(fields.orderId) && isId(fields.customerId)
    case 'ItemAdded':
      return (
        isId(fields.itemId) &&
        isWhole(fields.quantity, 1, MAX_QUANTITY) &&
        isWhole(fields.unitPriceCents, 0, MAX_UNIT_PRICE_CENTS)
      )
    case 'ItemRemoved':
      return isId(fields.itemId)
    case 'OrderPaid':
      return (
        typeof fields.paymentMethod === 'string' &&
        isPaymentMethod(fields.paymentMethod) &&
        (fields.amountCents === undefined || isWhole(fields.amountCents, 0, Number.MAX_SAFE_INTEGER))
      )
    case 'OrderCancelled':
      return typeof fields.reason === 'string' && fields.reason.length <= MAX_REASON_LENGTH
  }
}

/**
 * What is wrong with an event's data for the current shape of its type, or null when the
 * domain can fold it. Events come from storage, files and other tabs, so nothing is assumed.
 */
export function orderEventDataProblem(type: OrderEventType, data: unknown): string | null {
  if (!isRecord(data)) return 'data must be an object'
  return CHECKS[type](data)
}

/** Narrows checked data: only call after `orderEventDataProblem` returned null. */
export function toCheckedOrderEvent(type: OrderEventType, data: unknown): OrderEvent {
  return { type, data } as OrderEvent // checked field by field above; a cast is the narrowing
}

import type { Cents } from '../../kernel/money'

/** Payment methods an order can be paid with. */
export const PAYMENT_METHODS = ['credit_card', 'debit_card', 'paypal', 'bank_transfer'] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

export interface OrderCreated {
  readonly type: 'OrderCreated'
  readonly data: { readonly orderId: string; readonly customerId: string }
}
export interface ItemAdded {
  readonly type: 'ItemAdded'
  readonly data: { readonly itemId: string; readonly quantity: number; readonly unitPriceCents: Cents }
}
export interface ItemRemoved {
  readonly type: 'ItemRemoved'
  readonly data: { readonly itemId: string }
}
export interface OrderPaid {
  readonly type: 'OrderPaid'
  /**
   * `amountCents` is the total charged, recorded as a fact at the moment of payment. Payments
   * upcast from the learning material's schema never recorded it: use the order's total then.
   */
  readonly data: { readonly paymentMethod: PaymentMethod; readonly amountCents?: Cents }
}
export interface OrderCancelled {
  readonly type: 'OrderCancelled'
  readonly data: { readonly reason: string }
}

/** Everything that can happen to an Order, named in the past tense. */
export type OrderEvent = OrderCreated | ItemAdded | ItemRemoved | OrderPaid | OrderCancelled
export type OrderEventType = OrderEvent['type']

export const ORDER_EVENT_TYPES: readonly OrderEventType[] = [
  'OrderCreated',
  'ItemAdded',
  'ItemRemoved',
  'OrderPaid',
  'OrderCancelled',
]

export function isPaymentMethod(value: string): value is PaymentMethod {
  return (PAYMENT_METHODS as readonly string[]).includes(value)
}

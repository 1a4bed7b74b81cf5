import type { Cents } from '../../kernel/money'

/** Every command names the order it targets. */
export interface CreateOrder {
  readonly type: 'CreateOrder'
  readonly orderId: string
  readonly customerId: string
}
export interface AddItem {
  readonly type: 'AddItem'
  readonly orderId: string
  readonly itemId: string
  readonly quantity: number
  readonly unitPriceCents: Cents
}
export interface RemoveItem {
  readonly type: 'RemoveItem'
  readonly orderId: string
  readonly itemId: string
}
export interface PayOrder {
  readonly type: 'PayOrder'
  readonly orderId: string
  /** Checked by `decide`: one of PAYMENT_METHODS. Typed as string because it comes from people. */
  readonly paymentMethod: string
}
export interface CancelOrder {
  readonly type: 'CancelOrder'
  readonly orderId: string
  readonly reason: string
}

export type OrderCommand = CreateOrder | AddItem | RemoveItem | PayOrder | CancelOrder

/** The event stream an order lives in: `Order-<orderId>`. */
export function orderStreamId(orderId: string): string {
  return `Order-${orderId}`
}

/** Builds a CreateOrder command. */
export function createOrderCommand(orderId: string, customerId: string): CreateOrder {
  return { type: 'CreateOrder', orderId, customerId }
}

/** Builds an AddItem command; the price is in cents. */
export function addItemCommand(orderId: string, itemId: string, quantity: number, unitPriceCents: number): AddItem {
  return { type: 'AddItem', orderId, itemId, quantity, unitPriceCents }
}

import type { Cents } from '../shared/money'

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

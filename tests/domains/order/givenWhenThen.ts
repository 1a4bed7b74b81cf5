import { orderDecider, type OrderEvent } from '../../../src/domains/order'
import { deciderSpec } from '../../kit/deciderSpec'

/** Given these Order events, when this command, then…: the test kit's spec over the Order's decider. */
export const { given } = deciderSpec(orderDecider)

export const created = (orderId = 'order-001', customerId = 'customer-123'): OrderEvent => ({
  type: 'OrderCreated',
  data: { orderId, customerId },
})
export const added = (itemId: string, quantity: number, unitPriceCents: number): OrderEvent => ({
  type: 'ItemAdded',
  data: { itemId, quantity, unitPriceCents },
})
export const removed = (itemId: string): OrderEvent => ({ type: 'ItemRemoved', data: { itemId } })
export const paid = (amountCents: number, paymentMethod: 'credit_card' | 'paypal' = 'credit_card'): OrderEvent => ({
  type: 'OrderPaid',
  data: { paymentMethod, amountCents },
})
export const cancelled = (reason = 'changed my mind'): OrderEvent => ({ type: 'OrderCancelled', data: { reason } })

import { expect } from 'vitest'
import { fold } from '../../../src/kernel/decider'
import { orderDecider, type OrderCommand, type OrderErrorCode, type OrderEvent } from '../../../src/domains/order'

/** Given these events, when this command: returns what decide said, for `then` assertions. */
export function given(...history: OrderEvent[]) {
  const state = fold(orderDecider, history)
  return {
    state,
    when(command: OrderCommand) {
      const decision = orderDecider.decide(command, state)
      return {
        thenEvents(...expected: OrderEvent[]) {
          expect(decision).toEqual({ ok: true, events: expected })
        },
        thenError(code: OrderErrorCode, messagePart?: string | RegExp) {
          expect(decision.ok).toBe(false)
          if (decision.ok) return
          expect(decision.error.code).toBe(code)
          expect(decision.error.message.length).toBeGreaterThan(10)
          if (messagePart !== undefined) expect(decision.error.message).toMatch(messagePart)
        },
      }
    },
  }
}

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

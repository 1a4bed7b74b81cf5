import type { OrderEvent } from '../../../src/domain/order'
import type { ProjectionEvent } from '../../../src/domain/projections'

/** Builds a global log from per-order events, positions and versions assigned in the given order. */
export function logOf(entries: ReadonlyArray<readonly [orderId: string, event: OrderEvent, recordedAt?: string]>) {
  const versions = new Map<string, number>()
  return entries.map(([orderId, event, recordedAt], index): ProjectionEvent => {
    const streamId = `Order-${orderId}`
    const version = (versions.get(streamId) ?? 0) + 1
    versions.set(streamId, version)
    return { position: index + 1, streamId, version, ...event, recordedAt: recordedAt ?? '2026-11-20T10:00:00.000Z' }
  })
}

export const created = (orderId: string, customerId: string): OrderEvent => ({
  type: 'OrderCreated',
  data: { orderId, customerId },
})
export const added = (itemId: string, quantity: number, unitPriceCents: number): OrderEvent => ({
  type: 'ItemAdded',
  data: { itemId, quantity, unitPriceCents },
})
export const removed = (itemId: string): OrderEvent => ({ type: 'ItemRemoved', data: { itemId } })
export const paid = (amountCents: number): OrderEvent => ({
  type: 'OrderPaid',
  data: { paymentMethod: 'credit_card', amountCents },
})
export const cancelled = (reason: string): OrderEvent => ({ type: 'OrderCancelled', data: { reason } })

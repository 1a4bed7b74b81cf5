import type { ImportEvent } from '../../src/kernel/eventstore'

/** What the events of one stream of an interleaved log look like: its category, its first event and the others. */
export interface StreamShape {
  readonly category: string
  readonly first: (id: string) => { readonly type: string; readonly data: ImportEvent['data'] }
  readonly next: { readonly type: string; readonly data: ImportEvent['data'] }
}

/**
 * A log of `streams` streams of `perStream` events each, interleaved as a real log would be:
 * every stream's version 1, then every stream's version 2, and so on. Used by the import contract
 * (Vitest), the import specs (Playwright) and the bench, so it imports no test runner.
 */
export function interleavedLog(
  streams: number,
  perStream: number,
  prefix: string,
  sessionId: string,
  shape: StreamShape,
): ImportEvent[] {
  const log: ImportEvent[] = []
  for (let version = 1; version <= perStream; version += 1) {
    for (let stream = 0; stream < streams; stream += 1) {
      const id = `${prefix}-${stream}`
      const { type, data } = version === 1 ? shape.first(id) : shape.next
      log.push({
        eventId: `${prefix}-${stream}-${version}`,
        streamId: `${shape.category}-${id}`,
        version,
        type,
        data,
        metadata: { correlationId: id, causationId: null, sessionId, schemaVersion: 1 },
        recordedAt: '2026-11-20T10:00:00.000Z',
      })
    }
  }
  return log
}

/** Orders: an OrderCreated, then ItemAdded. */
export const ORDER_SHAPE: StreamShape = {
  category: 'Order',
  first: (orderId) => ({ type: 'OrderCreated', data: { orderId, customerId: 'c' } }),
  next: { type: 'ItemAdded', data: { itemId: 'apple', quantity: 1, unitPriceCents: 100 } },
}

/** A log of `orders` orders of `perOrder` events each, interleaved (see `interleavedLog`). */
export const interleavedOrderLog = (orders: number, perOrder: number, prefix: string, sessionId: string) =>
  interleavedLog(orders, perOrder, prefix, sessionId, ORDER_SHAPE)

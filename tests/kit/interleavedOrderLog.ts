import type { ImportEvent } from '../../src/kernel/eventstore'

/**
 * A log of `orders` orders of `perOrder` events each (an OrderCreated, then ItemAdded), interleaved
 * as a real log would be: every order's version 1, then every order's version 2, and so on.
 * Used by the import contract (Vitest) and the import specs (Playwright), so it imports no test runner.
 */
export function interleavedOrderLog(
  orders: number,
  perOrder: number,
  prefix: string,
  sessionId: string,
): ImportEvent[] {
  const log: ImportEvent[] = []
  for (let version = 1; version <= perOrder; version += 1) {
    for (let order = 0; order < orders; order += 1) {
      log.push({
        eventId: `${prefix}-${order}-${version}`,
        streamId: `Order-${prefix}-${order}`,
        version,
        type: version === 1 ? 'OrderCreated' : 'ItemAdded',
        data:
          version === 1
            ? { orderId: `${prefix}-${order}`, customerId: 'c' }
            : { itemId: 'apple', quantity: 1, unitPriceCents: 100 },
        metadata: { correlationId: `${prefix}-${order}`, causationId: null, sessionId, schemaVersion: 1 },
        recordedAt: '2026-11-20T10:00:00.000Z',
      })
    }
  }
  return log
}

import { orderModule } from '../../../src/domains/order/module'
import { describe, expect, it } from 'vitest'
import { auditTrail, type AuditableEvent } from '../../../src/kernel/timeline/audit'

const event = (version: number, type: string, data: unknown, sessionId = 'tab-1'): AuditableEvent => ({
  version,
  position: version,
  type,
  data,
  recordedAt: `2026-11-22T10:00:0${version}.000Z`,
  metadata: { sessionId, schemaVersion: 1 },
})

describe('the audit trail of an order', () => {
  it('says who changed what, in words', () => {
    const trail = auditTrail(orderModule, [
      event(1, 'OrderCreated', { orderId: 'order-001', customerId: 'customer-123' }),
      event(2, 'ItemAdded', { itemId: 'apple', quantity: 3, unitPriceCents: 150 }),
      event(3, 'ItemAdded', { itemId: 'apple', quantity: 2, unitPriceCents: 150 }, 'tab-2'),
      event(4, 'ItemRemoved', { itemId: 'apple' }),
      event(5, 'OrderCancelled', { reason: 'too late' }),
      event(6, 'GiftWrapped', {}),
    ])
    expect(trail.map((entry) => [entry.version, entry.sessionId, entry.changes])).toEqual([
      [1, 'tab-1', ['status not created → created', 'customer customer-123']],
      [2, 'tab-1', ['quantity of apple 0 → 3 at $1.50 each', 'total $0.00 → $4.50']],
      [3, 'tab-2', ['quantity of apple 3 → 5', 'total $4.50 → $7.50']],
      [4, 'tab-1', ['quantity of apple 5 → 0', 'total $7.50 → $0.00']],
      [5, 'tab-1', ['status created → cancelled', 'reason: too late']],
      [6, 'tab-1', ['no change to the state']],
    ])
  })
})

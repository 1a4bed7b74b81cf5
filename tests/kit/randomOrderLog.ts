import fc from 'fast-check'
import type { RecordedEvent } from '../../src/kernel/eventstore'

let counter = 0
export function recorded(
  streamId: string,
  version: number,
  position: number,
  type: string,
  data: object,
): RecordedEvent {
  counter += 1
  return {
    eventId: `e-${counter}`,
    streamId,
    version,
    position,
    type,
    data: data as RecordedEvent['data'],
    metadata: { correlationId: 'c', causationId: null, sessionId: 's', schemaVersion: 1 },
    recordedAt: '2026-11-22T10:00:00.000Z',
  }
}

/** A random log over a few orders: creates, adds, removes, pays and cancels in any mix. */
export const logArbitrary = fc
  .array(
    fc.record({
      order: fc.integer({ min: 0, max: 5 }),
      kind: fc.constantFrom('add', 'add', 'add', 'remove', 'pay', 'cancel'),
      item: fc.constantFrom('apple', 'pear', 'fig'),
      quantity: fc.integer({ min: 1, max: 5 }),
    }),
    { maxLength: 300 },
  )
  .map((steps) => {
    const versions = new Map<string, number>()
    const log: RecordedEvent[] = []
    const push = (streamId: string, type: string, data: object) => {
      const version = (versions.get(streamId) ?? 0) + 1
      versions.set(streamId, version)
      log.push(recorded(streamId, version, log.length + 1, type, data))
    }
    for (const step of steps) {
      const streamId = `Order-o${step.order}`
      if (!versions.has(streamId)) push(streamId, 'OrderCreated', { orderId: `o${step.order}`, customerId: 'c' })
      if (step.kind === 'add')
        push(streamId, 'ItemAdded', { itemId: step.item, quantity: step.quantity, unitPriceCents: 125 })
      if (step.kind === 'remove') push(streamId, 'ItemRemoved', { itemId: step.item })
      if (step.kind === 'pay') push(streamId, 'OrderPaid', { paymentMethod: 'paypal', amountCents: 0 })
      if (step.kind === 'cancel') push(streamId, 'OrderCancelled', { reason: 'r' })
    }
    return log
  })

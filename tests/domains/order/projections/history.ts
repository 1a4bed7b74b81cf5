import type { OrderEvent } from '../../../../src/domains/order'
export { added, cancelled, created, paid, removed } from '../givenWhenThen'
import type { ProjectionEvent } from '../../../../src/domains/order/projections'

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

import {
  ORDER_STATUS_WORDS,
  initialOrderState,
  replayOrderEvent,
  type OrderState,
  type StoredOrderEvent,
} from '../../domains/order'
import { formatCents } from '../money'

/** One line of an order's audit trail: who did what, when, in words. */
export interface AuditEntry {
  readonly version: number
  readonly position: number
  readonly recordedAt: string
  readonly sessionId: string
  readonly eventType: string
  /** What changed, as short phrases: "quantity of apple 3 → 5". */
  readonly changes: readonly string[]
}

export interface AuditableEvent extends StoredOrderEvent {
  readonly position: number
  readonly recordedAt: string
  readonly metadata: { readonly sessionId: string; readonly schemaVersion: number }
}

/** The differences between two states of one order, in words. */
export function describeChanges(before: OrderState, after: OrderState): string[] {
  const changes: string[] = []
  if (before.status !== after.status)
    changes.push(`status ${ORDER_STATUS_WORDS[before.status]} → ${ORDER_STATUS_WORDS[after.status]}`)
  if (before.customerId !== after.customerId) changes.push(`customer ${after.customerId ?? '—'}`)
  const quantities = (state: OrderState) => new Map(state.items.map((line) => [line.itemId, line]))
  const itemsBefore = quantities(before)
  const itemsAfter = quantities(after)
  for (const itemId of new Set([...itemsBefore.keys(), ...itemsAfter.keys()])) {
    const was = itemsBefore.get(itemId)
    const now = itemsAfter.get(itemId)
    if (was?.quantity === now?.quantity) continue
    const price = !was && now ? ` at ${formatCents(now.unitPriceCents)} each` : ''
    changes.push(`quantity of ${itemId} ${was?.quantity ?? 0} → ${now?.quantity ?? 0}${price}`)
  }
  if (before.totalCents !== after.totalCents)
    changes.push(`total ${formatCents(before.totalCents)} → ${formatCents(after.totalCents)}`)
  if (before.paymentMethod !== after.paymentMethod) changes.push(`paid by ${after.paymentMethod ?? '—'}`)
  if (before.cancelReason !== after.cancelReason) changes.push(`reason: ${after.cancelReason ?? '—'}`)
  return changes
}

/** An order's stream, event by event, with the change each made. Unknown event types change nothing. */
export function auditTrail(stream: readonly AuditableEvent[]): AuditEntry[] {
  let state: OrderState | undefined
  return stream.map((event) => {
    const before = state ?? initialOrderState
    state = replayOrderEvent(before, event)
    const changes = describeChanges(before, state)
    return {
      version: event.version,
      position: event.position,
      recordedAt: event.recordedAt,
      sessionId: event.metadata.sessionId,
      eventType: event.type,
      changes: changes.length > 0 ? changes : ['no change to the state'],
    }
  })
}

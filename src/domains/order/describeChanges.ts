import { formatCents } from '../../kernel/money'
import { ORDER_STATUS_WORDS, type OrderState } from './state'

/** The differences between two states of one order, in words. */
export function describeOrderChanges(before: OrderState, after: OrderState): string[] {
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

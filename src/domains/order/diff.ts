import { formatCents } from '../../kernel/money'
import type { FieldChange } from '../../kernel/domainModule'
import type { OrderState } from './state'

function describeItems(state: OrderState): Map<string, string> {
  return new Map(state.items.map((line) => [line.itemId, `${line.quantity} × ${formatCents(line.unitPriceCents)}`]))
}

/** What changed between two states of one order, field by field, for step-by-step replay. */
export function diffOrderState(before: OrderState, after: OrderState): FieldChange[] {
  const changes: FieldChange[] = []
  const compare = (field: string, a: string, b: string) => {
    if (a !== b) changes.push({ field, before: a, after: b })
  }
  compare('Status', before.status, after.status)
  compare('Customer', before.customerId ?? '—', after.customerId ?? '—')
  compare('Total', formatCents(before.totalCents), formatCents(after.totalCents))
  compare('Version', String(before.version), String(after.version))
  compare('Payment method', before.paymentMethod ?? '—', after.paymentMethod ?? '—')
  compare('Cancel reason', before.cancelReason ?? '—', after.cancelReason ?? '—')
  const itemsBefore = describeItems(before)
  const itemsAfter = describeItems(after)
  for (const itemId of new Set([...itemsBefore.keys(), ...itemsAfter.keys()])) {
    compare(`Item ${itemId}`, itemsBefore.get(itemId) ?? '—', itemsAfter.get(itemId) ?? '—')
  }
  return changes
}

import type { DomainError } from '../../kernel/decider'
import type { OrderCommand } from './commands'
import type { OrderState } from './state'

const cannot = (message: string): DomainError => ({ kind: 'DomainError', code: 'NoCompensation', message })

/**
 * The commands that take an order from `from` to `to`: create it, remove and add lines until they
 * match, then pay or cancel. What is done cannot be undone: a paid or cancelled order stays so.
 */
export function orderCommandsTowards(from: OrderState, to: OrderState, orderId: string): OrderCommand[] | DomainError {
  if (from.status !== to.status && from.status !== 'not_created' && from.status !== 'created')
    return cannot(
      `Order ${orderId} is ${from.status}: no command takes it back to ${to.status}. History is never rewritten.`,
    )
  if (to.status === 'not_created' && from.status !== 'not_created')
    return cannot(`Order ${orderId} exists: no command un-creates it. Cancel it instead.`)
  const commands: OrderCommand[] = []
  if (from.status === 'not_created' && to.status !== 'not_created')
    commands.push({ type: 'CreateOrder', orderId, customerId: to.customerId ?? '' })
  const before = new Map(from.items.map((line) => [line.itemId, line]))
  const after = new Map(to.items.map((line) => [line.itemId, line]))
  for (const [itemId, line] of before) {
    const wanted = after.get(itemId)
    if (!wanted || wanted.quantity !== line.quantity || wanted.unitPriceCents !== line.unitPriceCents)
      commands.push({ type: 'RemoveItem', orderId, itemId })
  }
  for (const [itemId, line] of after) {
    const had = before.get(itemId)
    if (!had || had.quantity !== line.quantity || had.unitPriceCents !== line.unitPriceCents)
      commands.push({ type: 'AddItem', orderId, itemId, quantity: line.quantity, unitPriceCents: line.unitPriceCents })
  }
  if (from.status !== to.status && to.status === 'paid')
    commands.push({ type: 'PayOrder', orderId, paymentMethod: to.paymentMethod ?? 'credit_card' })
  if (from.status !== to.status && to.status === 'cancelled')
    commands.push({ type: 'CancelOrder', orderId, reason: to.cancelReason ?? 'applied from a what-if' })
  return commands
}

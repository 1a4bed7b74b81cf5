import { parseDollarsToCents } from '../kernel/money'
import type { OrderCommand } from '../domains/order'

/** What the command forms hold, exactly as typed. */
export interface CommandFormValues {
  readonly orderId: string
  readonly customerId: string
  readonly itemId: string
  readonly quantity: string
  readonly unitPrice: string
  readonly paymentMethod: string
  readonly reason: string
}

export type CommandType = OrderCommand['type']

export type ParsedCommand =
  { readonly ok: true; readonly command: OrderCommand } | { readonly ok: false; readonly message: string }

const WHOLE_NUMBER = /^-?\d+$/

/**
 * Turns typed text into a command. Only turns text into numbers here; every business rule
 * (ranges, states) is the domain's to check, so its messages are the ones people see.
 */
export function commandFromForm(type: CommandType, values: CommandFormValues): ParsedCommand {
  const orderId = values.orderId.trim()
  switch (type) {
    case 'CreateOrder':
      return { ok: true, command: { type, orderId, customerId: values.customerId.trim() } }
    case 'AddItem': {
      const quantityText = values.quantity.trim()
      if (!WHOLE_NUMBER.test(quantityText)) {
        return { ok: false, message: `Quantity must be a whole number from 1 to 1,000,000 (got "${quantityText}").` }
      }
      const unitPriceCents = parseDollarsToCents(values.unitPrice)
      if (unitPriceCents === undefined) {
        return {
          ok: false,
          message: `Unit price must be an amount in dollars such as 1.50: not negative, at most two decimals (got "${values.unitPrice.trim()}").`,
        }
      }
      return {
        ok: true,
        command: { type, orderId, itemId: values.itemId.trim(), quantity: Number(quantityText), unitPriceCents },
      }
    }
    case 'RemoveItem':
      return { ok: true, command: { type, orderId, itemId: values.itemId.trim() } }
    case 'PayOrder':
      return { ok: true, command: { type, orderId, paymentMethod: values.paymentMethod } }
    case 'CancelOrder':
      return { ok: true, command: { type, orderId, reason: values.reason } }
  }
}

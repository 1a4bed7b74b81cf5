/** Money is integer cents everywhere inside the playground; dollars appear only at the edges. */
export type Cents = number

const DOLLAR_AMOUNT = /^\d+(\.\d{1,2})?$/

/**
 * Parses a dollar amount a person typed ("1.5", "0.75", "3") into cents.
 * Returns `undefined` for anything that is not a non-negative amount with at most two decimals.
 */
export function parseDollarsToCents(text: string): Cents | undefined {
  const trimmed = text.trim()
  if (!DOLLAR_AMOUNT.test(trimmed)) return undefined
  const [whole = '0', fraction = ''] = trimmed.split('.')
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
  return Number.isSafeInteger(cents) ? cents : undefined
}

/** Formats cents as dollars: 600 -> "$6.00". */
export function formatCents(cents: Cents): string {
  const sign = cents < 0 ? '-' : ''
  const absolute = Math.abs(cents)
  const dollars = Math.floor(absolute / 100)
  const remainder = String(absolute % 100).padStart(2, '0')
  return `${sign}$${dollars.toLocaleString('en-US')}.${remainder}`
}

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

/** 1234567 -> "1,234,567". By hand: Intl formatting is slow enough to show when dragging through time. */
export function groupThousands(whole: number): string {
  const digits = String(Math.trunc(Math.abs(whole)))
  let grouped = ''
  for (let end = digits.length; end > 0; end -= 3)
    grouped = digits.slice(Math.max(0, end - 3), end) + (grouped ? `,${grouped}` : '')
  return whole < 0 ? `-${grouped}` : grouped
}

/** Formats cents as dollars: 600 -> "$6.00", 123456789 -> "$1,234,567.89". */
export function formatCents(cents: Cents): string {
  const sign = cents < 0 ? '-' : ''
  const absolute = Math.abs(cents)
  const remainder = String(absolute % 100).padStart(2, '0')
  return `${sign}$${groupThousands(Math.floor(absolute / 100))}.${remainder}`
}

/** "1 event", "1,234 events". */
export function plural(count: number, noun: string): string {
  return `${groupThousands(count)} ${noun}${count === 1 ? '' : 's'}`
}

import type { FieldChange, StateField, StateTable } from '../domainModule'
import { formatCents } from '../money'

/** A field holding money by the playground's convention: integer cents, named `…Cents`. */
const isMoneyField = (field: string) => /Cents$/.test(field)

/** A value as a cell or a field shows it: money in dollars, lists joined, objects as JSON. */
export function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined) return '—'
  if (typeof value === 'number' && isMoneyField(field) && Number.isInteger(value)) return formatCents(value)
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value) && value.length === 0) return 'none'
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null))
    return value.map(String).join(', ')
  if (Array.isArray(value)) return value.length === 1 ? '1 entry' : `${value.length} entries`
  return JSON.stringify(value)
}

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : { value }

const isTable = (value: unknown): value is Record<string, unknown>[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((row) => typeof row === 'object' && row !== null && !Array.isArray(row))

/** A state's top-level fields, each in words; lists of objects are tables instead. */
export function jsonStateFields(state: unknown): StateField[] {
  return Object.entries(asRecord(state))
    .filter(([, value]) => !isTable(value))
    .map(([field, value]) => ({ label: field, value: valueText(field, value) }))
}

/** A state's lists of objects as tables: columns are the keys the rows have. */
export function jsonStateTables(state: unknown): StateTable[] {
  return Object.entries(asRecord(state))
    .filter((entry): entry is [string, Record<string, unknown>[]] => isTable(entry[1]))
    .map(([field, rows]) => {
      const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))]
      return {
        caption: field,
        columns,
        rows: rows.map((row, index) => ({
          key: `${index}`,
          cells: columns.map((column) => valueText(column, row[column])),
        })),
        empty: `No ${field}.`,
      }
    })
}

/** What changed between two states, top-level field by field, in words. */
export function jsonDiff(before: unknown, after: unknown): FieldChange[] {
  const was = asRecord(before)
  const now = asRecord(after)
  const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])]
  return fields
    .filter((field) => JSON.stringify(was[field]) !== JSON.stringify(now[field]))
    .map((field) => ({ field, before: valueText(field, was[field]), after: valueText(field, now[field]) }))
}

/** One line about an event: its first few fields (the log shows its type beside it). */
export function jsonSummary(data: unknown): string {
  const fields = Object.entries(asRecord(data)).slice(0, 3)
  return fields.length === 0
    ? 'no data'
    : fields.map(([field, value]) => `${field} ${valueText(field, value)}`).join(', ')
}

import { InvalidAppendError, type JsonValue } from '../../src/kernel/eventstore'

/** The material's table is narrower than the port in two places: VARCHAR(100) types and aggregate types. */
const MAX_COLUMN = 100

/** Where a JSON value holds U+0000, which PostgreSQL's JSONB cannot store; undefined when nowhere. */
function nulPath(value: JsonValue, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined
  if (typeof value !== 'object' || value === null) return undefined
  if (Array.isArray(value)) {
    for (const [index, item] of (value as readonly JsonValue[]).entries()) {
      const found = nulPath(item, `${path}[${index}]`)
      if (found) return found
    }
    return undefined
  }
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) return `${path} key`
    const found = nulPath(item, `${path}.${key}`)
    if (found) return found
  }
  return undefined
}

/**
 * What the shared store refuses beyond the port's own rules (already checked): names longer than
 * the material's VARCHAR(100) columns, and U+0000 in data. Named as the port names a field.
 */
export function checkTableLimits(
  streamId: string,
  events: readonly { readonly type: string; readonly data: JsonValue }[],
  at: (index: number) => string,
): void {
  const category = streamId.slice(0, streamId.indexOf('-'))
  if (category.length > MAX_COLUMN)
    throw new InvalidAppendError(
      'streamId',
      `its category is longer than ${MAX_COLUMN} characters, the shared store's aggregate_type`,
    )
  events.forEach((event, index) => {
    if (event.type.length > MAX_COLUMN)
      throw new InvalidAppendError(
        `${at(index)}.type`,
        `is longer than ${MAX_COLUMN} characters, the shared store's event_type`,
      )
    const path = nulPath(event.data, `${at(index)}.data`)
    if (path) throw new InvalidAppendError(path, 'holds U+0000, which the shared store (PostgreSQL JSONB) cannot keep')
  })
}

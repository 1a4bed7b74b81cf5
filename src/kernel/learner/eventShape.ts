import type { EventShape } from './learnerDomain'

/** Why `data` does not fit the declared shape (a field missing, of another kind), or null when it does. */
export function shapeProblem(shape: EventShape | Readonly<Record<string, string>>, data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'its data is not an object'
  const record = data as Record<string, unknown>
  for (const [field, declared] of Object.entries(shape)) {
    const optional = declared.endsWith('?')
    const kind = optional ? declared.slice(0, -1) : declared
    const value = record[field]
    if (value === undefined || value === null) {
      if (optional) continue
      return `${field} is missing`
    }
    if (!fits(kind, value)) return `${field} is ${JSON.stringify(value)?.slice(0, 40)}, not ${kindWords(kind)}`
  }
  return null
}

function fits(kind: string, value: unknown): boolean {
  switch (kind) {
    case 'text':
      return typeof value === 'string'
    case 'integer':
    case 'money':
      return typeof value === 'number' && Number.isInteger(value)
    case 'boolean':
      return typeof value === 'boolean'
    default:
      return true
  }
}

function kindWords(kind: string): string {
  if (kind === 'money') return 'money (integer cents)'
  if (kind === 'integer') return 'an integer'
  if (kind === 'boolean') return 'true or false'
  return kind
}

import { storedSchemaVersion, type EventReading, type StoredEvent } from './domainModule'
import type { z } from './zod'

/** One zod schema per event type: the data each type carries today. */
export type EventDataSchemas = Readonly<Record<string, z.ZodType>>

/**
 * A domain's `readEvent` from a zod schema per event type, for a domain with one schema version
 * (no upcasters yet). Each stored event is checked once: stored events are immutable, so the
 * reading is remembered however often time travel folds it.
 */
export function readerFromSchemas<Event extends { readonly type: string; readonly data: unknown }>(
  schemas: EventDataSchemas,
  schemaVersion: number,
): (stored: StoredEvent) => EventReading<Event> {
  const readings = new WeakMap<StoredEvent, EventReading<Event>>()
  const read = (stored: StoredEvent): EventReading<Event> => {
    const schema = Object.hasOwn(schemas, stored.type) ? schemas[stored.type] : undefined
    if (!schema) return { kind: 'unknown-type' }
    const storedVersion = storedSchemaVersion(stored) ?? schemaVersion
    if (storedVersion > schemaVersion) return { kind: 'unknown-schema', schemaVersion: storedVersion }
    const parsed = schema.safeParse(stored.data)
    if (!parsed.success) {
      const [issue] = parsed.error.issues
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
      return { kind: 'unreadable', problem: `${where}${issue?.message ?? 'data does not match its type'}` }
    }
    return { kind: 'known', event: { type: stored.type, data: parsed.data } as unknown as Event, upcastFrom: null }
  }
  return (stored) => {
    const known = readings.get(stored)
    if (known) return known
    const reading = read(stored)
    readings.set(stored, reading)
    return reading
  }
}

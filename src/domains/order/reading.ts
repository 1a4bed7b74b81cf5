import { storedSchemaVersion, type EventReading, type StoredEvent } from '../../kernel/domainModule'
import { isRecord, orderEventDataProblem, toCheckedOrderEvent } from './eventData'
import { ORDER_EVENT_TYPES, type OrderEvent, type OrderEventType } from './events'
import { ORDER_SCHEMA_VERSION, upcastOrderData } from './upcasters'

/** The part of a stored event the domain reads; matches the event store's RecordedEvent structurally. */
export type StoredOrderEvent = StoredEvent

const schemaOf = (stored: StoredOrderEvent) => storedSchemaVersion(stored) ?? ORDER_SCHEMA_VERSION

/** How the domain reads one stored event. Only `known` events are folded; the rest are shown as they are. */
export type OrderEventReading = EventReading<OrderEvent>

const UNKNOWN_TYPE: OrderEventReading = { kind: 'unknown-type' }
const ORDER_TYPES: ReadonlySet<string> = new Set(ORDER_EVENT_TYPES)
const isOrderEventType = (type: string): type is OrderEventType => ORDER_TYPES.has(type)

function read(stored: StoredOrderEvent): OrderEventReading {
  if (!isOrderEventType(stored.type)) return UNKNOWN_TYPE
  const schemaVersion = schemaOf(stored)
  if (schemaVersion > ORDER_SCHEMA_VERSION) return { kind: 'unknown-schema', schemaVersion }
  let data = stored.data
  if (schemaVersion < ORDER_SCHEMA_VERSION) {
    if (!isRecord(data)) return { kind: 'unreadable', problem: 'data must be an object' }
    const upcast = upcastOrderData(stored.type, data, schemaVersion, { streamId: stored.streamId ?? '' })
    if (!upcast.ok) return { kind: 'unreadable', problem: upcast.problem }
    data = upcast.data
  }
  const problem = orderEventDataProblem(stored.type, data)
  if (problem !== null) return { kind: 'unreadable', problem }
  return {
    kind: 'known',
    event: toCheckedOrderEvent(stored.type, data),
    upcastFrom: schemaVersion < ORDER_SCHEMA_VERSION ? schemaVersion : null,
  }
}

// Stored events are immutable, so an upcast is done once however often time travel folds it.
// Events already in today's shape are only checked, which is cheaper than remembering them.
const upcastReadings = new WeakMap<StoredOrderEvent, OrderEventReading>()

/**
 * Reads a stored event as the domain's current shape: upcast from an older schema, checked,
 * or classified as unknown or unreadable. Every fold goes through here (upcasting on read).
 */
export function readOrderEvent(stored: StoredOrderEvent): OrderEventReading {
  if (schemaOf(stored) >= ORDER_SCHEMA_VERSION) return read(stored)
  const cached = upcastReadings.get(stored)
  if (cached) return cached
  const reading = read(stored)
  upcastReadings.set(stored, reading)
  return reading
}

/** The Order event a stored event means today, or undefined when the domain cannot fold it. */
export function asOrderEvent(stored: StoredOrderEvent): OrderEvent | undefined {
  if (schemaOf(stored) === ORDER_SCHEMA_VERSION && isOrderEventType(stored.type)) {
    // The hot path of every replay: a current event whose data checks out is its own Order event.
    return orderEventDataProblem(stored.type, stored.data) === null ? (stored as OrderEvent) : undefined
  }
  const reading = readOrderEvent(stored)
  return reading.kind === 'known' ? reading.event : undefined
}

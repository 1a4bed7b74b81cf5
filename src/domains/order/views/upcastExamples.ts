import { COURSE_SCHEMA_VERSION, readOrderEvent, type OrderEventType } from '..'

/** One event of each type as the learning material's table holds it (schema 0): the inputs the panel upcasts. */
export const COURSE_EXAMPLES: Readonly<Record<OrderEventType, object>> = {
  OrderCreated: { customer_id: 'customer-123', status: 'created' },
  ItemAdded: { item_id: 'apple', quantity: 3, price: 1.5 },
  ItemRemoved: { item_id: 'apple' },
  OrderPaid: { payment_method: 'credit_card', status: 'paid' },
  OrderCancelled: { reason: 'Found a better price', status: 'cancelled' },
}

export type UpcastOutcome =
  { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly problem: string }

/** Runs the domain's own reader on schema-0 data typed by a person, as if it were stored in order-001. */
export function upcastCourseData(type: OrderEventType, dataText: string): UpcastOutcome {
  let data: unknown
  try {
    data = JSON.parse(dataText)
  } catch {
    return { ok: false, problem: 'The data is not JSON.' }
  }
  const reading = readOrderEvent({
    streamId: 'Order-order-001',
    version: 1,
    type,
    data,
    metadata: { schemaVersion: COURSE_SCHEMA_VERSION },
  })
  if (reading.kind === 'known') return { ok: true, data: reading.event.data }
  return { ok: false, problem: reading.kind === 'unreadable' ? `Cannot upcast: ${reading.problem}.` : 'Cannot upcast.' }
}

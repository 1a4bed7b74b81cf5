import { COURSE_SCHEMA_VERSION } from '../../kernel/logfile/courseSchemaVersion'
import type { JsonRecord } from './eventData'
import type { OrderEventType } from './events'

/** The shape every Order event is written in today. */
export const ORDER_SCHEMA_VERSION = 1
/**
 * The shape of the learning material's table (`item_id`, `price` as a float in dollars,
 * `customer_id`, `payment_method`, a `status` copied into events): schema 0, from before the playground.
 */
export { COURSE_SCHEMA_VERSION }

/** Where an event sits, for upcasters that need it (the course's OrderCreated has no order id of its own). */
export interface UpcastContext {
  readonly streamId: string
}

export type UpcastResult =
  { readonly ok: true; readonly data: JsonRecord } | { readonly ok: false; readonly problem: string }

/** One step of an event type's history: data of schema `from` to data of schema `from + 1`. Pure. */
export interface Upcaster {
  readonly type: OrderEventType
  readonly from: number
  upcast(data: JsonRecord, context: UpcastContext): UpcastResult
}

const ok = (data: JsonRecord): UpcastResult => ({ ok: true, data })
const problem = (text: string): UpcastResult => ({ ok: false, problem: text })

/** Reads the course's required string fields, or names the first one missing. */
function withStrings(
  data: JsonRecord,
  fields: readonly string[],
  then: (values: readonly string[]) => UpcastResult,
): UpcastResult {
  const values: string[] = []
  for (const field of fields) {
    const value = data[field]
    if (typeof value !== 'string' || value === '') return problem(`${field} must be a non-empty string`)
    values.push(value)
  }
  return then(values)
}

/** Dollars as the course wrote them (1.5) to integer cents (150); refuses fractions of a cent. */
export function dollarsToCents(price: unknown): number | undefined {
  if (typeof price !== 'number' || !Number.isFinite(price) || price < 0) return undefined
  const cents = Math.round(price * 100)
  return Math.abs(price * 100 - cents) < 1e-6 ? cents : undefined
}

const ORDER_STREAM = /^Order-(.+)$/

/** Schema 0 → 1 for each type: camelCase, money in cents, the status copies dropped (the type says it). */
const courseUpcasters: readonly Upcaster[] = [
  {
    type: 'OrderCreated',
    from: COURSE_SCHEMA_VERSION,
    upcast: (data, { streamId }) => {
      const orderId = ORDER_STREAM.exec(streamId)?.[1]
      if (orderId === undefined) return problem(`stream ${streamId} is not an Order stream`)
      return withStrings(data, ['customer_id'], ([customerId]) => ok({ orderId, customerId }))
    },
  },
  {
    type: 'ItemAdded',
    from: COURSE_SCHEMA_VERSION,
    upcast: (data) => {
      const unitPriceCents = dollarsToCents(data.price)
      if (unitPriceCents === undefined) {
        return problem(`price must be a non-negative amount in whole cents (got ${JSON.stringify(data.price)})`)
      }
      return withStrings(data, ['item_id'], ([itemId]) => ok({ itemId, quantity: data.quantity, unitPriceCents }))
    },
  },
  {
    type: 'ItemRemoved',
    from: COURSE_SCHEMA_VERSION,
    upcast: (data) => withStrings(data, ['item_id'], ([itemId]) => ok({ itemId })),
  },
  {
    type: 'OrderPaid',
    // The course never recorded the amount charged. An upcaster cannot invent a fact, so the
    // amount stays absent and readers use the order's total at the moment of payment.
    from: COURSE_SCHEMA_VERSION,
    upcast: (data) => withStrings(data, ['payment_method'], ([paymentMethod]) => ok({ paymentMethod })),
  },
  {
    type: 'OrderCancelled',
    from: COURSE_SCHEMA_VERSION,
    // A reason may be empty in both shapes; only its presence as text is required.
    upcast: (data) => (typeof data.reason === 'string' ? ok({ reason: data.reason }) : problem('reason must be text')),
  },
]

/** Every upcaster, by type and the schema version it reads. Add a step here when a shape changes. */
export const ORDER_UPCASTERS: readonly Upcaster[] = courseUpcasters

const byTypeAndVersion = new Map(ORDER_UPCASTERS.map((step) => [`${step.type}@${step.from}`, step]))

/**
 * Runs the chain of upcasters from `schemaVersion` to the current one. Fails when a step is
 * missing or refuses the data; the problem names the schema version it was at.
 */
export function upcastOrderData(
  type: OrderEventType,
  data: JsonRecord,
  schemaVersion: number,
  context: UpcastContext,
): UpcastResult {
  let current = data
  for (let version = schemaVersion; version < ORDER_SCHEMA_VERSION; version += 1) {
    const step = byTypeAndVersion.get(`${type}@${version}`)
    if (!step) return problem(`no upcaster reads ${type} of schema ${version}`)
    const result = step.upcast(current, context)
    if (!result.ok) return problem(`schema ${version}: ${result.problem}`)
    current = result.data
  }
  return ok(current)
}

import type { BuildExercise } from '../../../kernel/learner/buildExercise'
import type { LearnerEvent } from '../../../kernel/learner/learnerDomain'

const created: LearnerEvent = { type: 'OrderCreated', data: { orderId: 'order-1', customerId: 'customer-1' } }
const added: LearnerEvent = { type: 'ItemAdded', data: { itemId: 'apple', quantity: 2, unitPriceCents: 500 } }
const paid: LearnerEvent = {
  type: 'OrderPaid',
  data: { paymentMethod: 'credit_card', amountCents: 1000, paidAt: '2026-01-01T10:00:00.000Z' },
}
const cancelled: LearnerEvent = { type: 'OrderCancelled', data: { reason: 'changed my mind' } }

/** The material's first next step: shipping events, only after payment. */
export const shipAnOrder: BuildExercise = {
  id: 'build-ship',
  title: 'Ship an order',
  startFrom: 'Order',
  goal: 'Add shipping to your copy of the Order: a paid order can be shipped, once.',
  steps: [
    'Start from: Order, and run it once as it is.',
    'Add an event OrderShipped to events (its data can be empty: {}) and a command ShipOrder with one field, orderId.',
    'In decide, refuse ShipOrder unless the order is paid; in evolve, move a shipped order to a new status.',
    'Run it, ship a paid order from the Commands panel, then press Check.',
  ],
  criteria:
    'ShipOrder on a paid order decides one OrderShipped; on an unpaid, cancelled or shipped order it is refused.',
  cases: [
    {
      name: 'a paid order ships',
      given: [created, added, paid],
      when: { type: 'ShipOrder', orderId: 'order-1' },
      then: { events: [{ type: 'OrderShipped' }] },
    },
    {
      name: 'an unpaid order does not ship',
      given: [created, added],
      when: { type: 'ShipOrder', orderId: 'order-1' },
      then: { refused: true },
    },
    {
      name: 'a cancelled order does not ship',
      given: [created, cancelled],
      when: { type: 'ShipOrder', orderId: 'order-1' },
      then: { refused: true },
    },
    {
      name: 'an order ships once',
      given: [created, added, paid, { type: 'OrderShipped', data: {} }],
      when: { type: 'ShipOrder', orderId: 'order-1' },
      then: { refused: true },
    },
  ],
}

const refunded = (amountCents: number): LearnerEvent => ({ type: 'OrderRefunded', data: { amountCents } })
const refund = (amountCents: number) => ({ type: 'RefundOrder', orderId: 'order-1', amountCents })

/** The material's second next step: refunds, never more than was paid. */
export const refundAnOrder: BuildExercise = {
  id: 'build-refund',
  title: 'Refund',
  startFrom: 'Order',
  goal: 'Add refunds to your copy of the Order: a paid order can be refunded, in parts, never more than was paid.',
  steps: [
    'Start from: Order (or your shipping module).',
    'Add an event OrderRefunded { amountCents: money } and a command RefundOrder with the fields orderId and amountCents (kind money).',
    'Keep what was paid and what was refunded in the state; refuse a refund before payment, and one that would take the refunds past the payment.',
    'Run it, refund part of a paid order twice, then press Check.',
  ],
  criteria:
    'RefundOrder decides OrderRefunded with its amount while the refunds stay within the payment; otherwise, and before payment, it is refused.',
  cases: [
    {
      name: 'a paid order is refunded in part',
      given: [created, added, paid],
      when: refund(400),
      then: { events: [{ type: 'OrderRefunded', data: { amountCents: 400 } }] },
    },
    { name: 'an unpaid order is not refunded', given: [created, added], when: refund(100), then: { refused: true } },
    {
      name: 'one refund is never more than was paid',
      given: [created, added, paid],
      when: refund(1001),
      then: { refused: true },
    },
    {
      name: 'refunds add up to at most what was paid',
      given: [created, added, paid, refunded(700)],
      when: refund(400),
      then: { refused: true },
    },
    {
      name: 'the rest of the payment can be refunded',
      given: [created, added, paid, refunded(700)],
      when: refund(300),
      then: { events: [{ type: 'OrderRefunded', data: { amountCents: 300 } }] },
    },
  ],
}

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  COURSE_SCHEMA_VERSION,
  ORDER_SCHEMA_VERSION,
  PAYMENT_METHODS,
  asOrderEvent,
  readOrderEvent,
  replayOrder,
  type OrderEvent,
  type StoredOrderEvent,
} from '../../../src/domains/order'

const stored = (
  version: number,
  type: string,
  data: unknown,
  schemaVersion = COURSE_SCHEMA_VERSION,
): StoredOrderEvent => ({
  streamId: 'Order-order-001',
  version,
  type,
  data,
  metadata: { schemaVersion },
})

/** The learning material's walkthrough, as its table holds it (schema 0). */
const courseWalkthrough = [
  stored(1, 'OrderCreated', { customer_id: 'customer-123', status: 'created' }),
  stored(2, 'ItemAdded', { item_id: 'apple', quantity: 3, price: 1.5 }),
  stored(3, 'ItemAdded', { item_id: 'banana', quantity: 2, price: 0.75 }),
  stored(4, 'OrderPaid', { payment_method: 'credit_card', status: 'paid' }),
]

describe('upcasting the learning material’s events (schema 0 → 1)', () => {
  it('turns each type into today’s shape: camelCase, cents, the order id from the stream', () => {
    expect(courseWalkthrough.map(asOrderEvent)).toEqual([
      { type: 'OrderCreated', data: { orderId: 'order-001', customerId: 'customer-123' } },
      { type: 'ItemAdded', data: { itemId: 'apple', quantity: 3, unitPriceCents: 150 } },
      { type: 'ItemAdded', data: { itemId: 'banana', quantity: 2, unitPriceCents: 75 } },
      { type: 'OrderPaid', data: { paymentMethod: 'credit_card' } },
    ])
    expect(asOrderEvent(stored(5, 'ItemRemoved', { item_id: 'apple' }))).toEqual({
      type: 'ItemRemoved',
      data: { itemId: 'apple' },
    })
    expect(asOrderEvent(stored(5, 'OrderCancelled', { reason: 'late', status: 'cancelled' }))).toEqual({
      type: 'OrderCancelled',
      data: { reason: 'late' },
    })
  })

  it('replays the material’s walkthrough to the same order as ours: $6.00, paid, version 4', () => {
    expect(replayOrder(courseWalkthrough)).toMatchObject({
      orderId: 'order-001',
      customerId: 'customer-123',
      totalCents: 600,
      status: 'paid',
      paymentMethod: 'credit_card',
      version: 4,
    })
  })

  it('says it was upcast, and from which schema', () => {
    expect(readOrderEvent(courseWalkthrough[1]!)).toMatchObject({ kind: 'known', upcastFrom: COURSE_SCHEMA_VERSION })
    const current = stored(2, 'ItemAdded', { itemId: 'apple', quantity: 3, unitPriceCents: 150 }, ORDER_SCHEMA_VERSION)
    expect(readOrderEvent(current)).toMatchObject({ kind: 'known', upcastFrom: null })
  })

  it('upcasts a stored event once, however often it is read', () => {
    const event = stored(2, 'ItemAdded', { item_id: 'fig', quantity: 1, price: 0.3 })
    expect(readOrderEvent(event)).toBe(readOrderEvent(event))
  })

  it.each([
    ['a price in fractions of a cent', 'ItemAdded', { item_id: 'a', quantity: 1, price: 1.005 }, 'price must be'],
    ['a negative price', 'ItemAdded', { item_id: 'a', quantity: 1, price: -1 }, 'price must be'],
    ['a price as text', 'ItemAdded', { item_id: 'a', quantity: 1, price: '1.50' }, 'price must be'],
    ['no item id', 'ItemAdded', { quantity: 1, price: 1 }, 'item_id must be a non-empty string'],
    ['a quantity of zero', 'ItemAdded', { item_id: 'a', quantity: 0, price: 1 }, 'quantity must be a whole number'],
    ['no customer', 'OrderCreated', { status: 'created' }, 'customer_id must be a non-empty string'],
    ['an unknown payment method', 'OrderPaid', { payment_method: 'cash' }, 'paymentMethod must be one of'],
    ['data that is not an object', 'ItemRemoved', ['apple'], 'data must be an object'],
  ])('refuses %s and says why', (_, type, data, problem) => {
    const reading = readOrderEvent(stored(2, type, data))
    expect(reading.kind).toBe('unreadable')
    expect(reading.kind === 'unreadable' && reading.problem).toContain(problem)
  })

  it('cannot take the order id from a stream of another category', () => {
    const reading = readOrderEvent({ ...stored(1, 'OrderCreated', { customer_id: 'c' }), streamId: 'Invoice-7' })
    expect(reading).toEqual({ kind: 'unreadable', problem: 'schema 0: stream Invoice-7 is not an Order stream' })
  })

  it('reads any order written today back the same after a trip through the material’s shape (property, fixed seed)', () => {
    const toCourse = (event: OrderEvent): Record<string, unknown> => {
      switch (event.type) {
        case 'OrderCreated':
          return { customer_id: event.data.customerId, status: 'created' }
        case 'ItemAdded':
          return { item_id: event.data.itemId, quantity: event.data.quantity, price: event.data.unitPriceCents / 100 }
        case 'ItemRemoved':
          return { item_id: event.data.itemId }
        case 'OrderPaid':
          return { payment_method: event.data.paymentMethod, status: 'paid' }
        case 'OrderCancelled':
          return { reason: event.data.reason, status: 'cancelled' }
      }
    }
    const id = fc.stringMatching(/^[a-z0-9-]{1,20}$/)
    const event: fc.Arbitrary<OrderEvent> = fc.oneof(
      fc.record({
        type: fc.constant('OrderCreated' as const),
        data: fc.record({ orderId: fc.constant('order-001'), customerId: id }),
      }),
      fc.record({
        type: fc.constant('ItemAdded' as const),
        data: fc.record({
          itemId: id,
          quantity: fc.integer({ min: 1, max: 1000 }),
          unitPriceCents: fc.integer({ min: 0, max: 100_000_000 }),
        }),
      }),
      fc.record({ type: fc.constant('ItemRemoved' as const), data: fc.record({ itemId: id }) }),
      fc.record({
        type: fc.constant('OrderPaid' as const),
        data: fc.record({ paymentMethod: fc.constantFrom(...PAYMENT_METHODS) }),
      }),
      fc.record({
        type: fc.constant('OrderCancelled' as const),
        data: fc.record({ reason: fc.string({ maxLength: 50 }) }),
      }),
    )
    fc.assert(
      fc.property(event, (original) => {
        expect(asOrderEvent(stored(1, original.type, toCourse(original)))).toEqual(original)
      }),
      { seed: 20261122, numRuns: 300 },
    )
  })
})

describe('events the domain cannot fold (fault 11)', () => {
  it('classifies an unknown type, a newer schema and broken data of today’s schema', () => {
    expect(readOrderEvent(stored(2, 'GiftWrapped', {}, 1))).toEqual({ kind: 'unknown-type' })
    expect(readOrderEvent(stored(2, 'ItemAdded', { itemId: 'a', quantity: 1, unitPriceCents: 1 }, 2))).toEqual({
      kind: 'unknown-schema',
      schemaVersion: 2,
    })
    expect(readOrderEvent(stored(2, 'ItemAdded', { itemId: 'a', quantity: -3, unitPriceCents: 1 }, 1))).toMatchObject({
      kind: 'unreadable',
      problem: expect.stringContaining('quantity must be a whole number') as unknown,
    })
  })

  it('skips them in replay, keeping the version, and folds the rest', () => {
    const state = replayOrder([
      stored(1, 'OrderCreated', { orderId: 'order-001', customerId: 'c' }, 1),
      stored(2, 'ItemAdded', { itemId: 'a', quantity: 2, unitPriceCents: 100 }, 1),
      stored(3, 'ItemAdded', { itemId: 'b', quantity: 1, unitPriceCents: 5, giftWrap: true }, 7),
      stored(4, 'ItemAdded', { itemId: 'c', quantity: 'many', unitPriceCents: 5 }, 1),
      stored(5, 'LoyaltyPointsEarned', { points: 12 }, 1),
    ])
    expect(state).toMatchObject({ totalCents: 200, version: 5, status: 'created' })
    expect(state.items.map((line) => line.itemId)).toEqual(['a'])
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  PAYMENT_METHODS,
  initialOrderState,
  replayOrder,
  replayOrderEvent,
  type OrderState,
  type StoredOrderEvent,
} from '../../../src/domains/order'

const itemId = fc.constantFrom('apple', 'pear', 'plum', 'fig')

/** Event data of every kind replay meets: today's shape, the material's schema 0, unknown and broken. */
const storedData: fc.Arbitrary<Omit<StoredOrderEvent, 'version'>> = fc.oneof(
  fc.record({
    type: fc.constant('OrderCreated'),
    data: fc.record({ orderId: fc.constantFrom('o-1', 'o-2'), customerId: fc.constantFrom('c-1', 'c-2') }),
  }),
  fc.record({
    type: fc.constant('ItemAdded'),
    data: fc.record({
      itemId,
      quantity: fc.integer({ min: 1, max: 50 }),
      unitPriceCents: fc.integer({ min: 0, max: 10_000 }),
    }),
  }),
  fc.record({
    type: fc.constant('ItemAdded'),
    // A field the state has no place for: neither fold copies it into a line.
    data: fc.record({ itemId, quantity: fc.constant(2), unitPriceCents: fc.constant(5), note: fc.constant('gift') }),
  }),
  fc.record({ type: fc.constant('ItemRemoved'), data: fc.record({ itemId }) }),
  fc.record({
    type: fc.constant('OrderPaid'),
    data: fc.record({ paymentMethod: fc.constantFrom(...PAYMENT_METHODS) }),
  }),
  fc.record({ type: fc.constant('OrderCancelled'), data: fc.record({ reason: fc.string({ maxLength: 8 }) }) }),
  fc.record({
    type: fc.constant('ItemAdded'),
    data: fc.record({ item_id: itemId, quantity: fc.integer({ min: 1, max: 9 }), price: fc.constantFrom(0.5, 1.25) }),
    metadata: fc.constant({ schemaVersion: 0 }),
  }),
  fc.record({ type: fc.constant('GiftWrapped'), data: fc.constant({}) }),
  fc.record({ type: fc.constant('ItemAdded'), data: fc.record({ itemId, quantity: fc.constant(-1) }) }),
  fc.record({ type: fc.constant('OrderPaid'), data: fc.constant({}), metadata: fc.constant({ schemaVersion: 9 }) }),
)

/** A stream of stored events with versions counting up from `start`, sometimes skipping one. */
const storedStream = (start: number) =>
  fc.array(fc.tuple(storedData, fc.boolean()), { maxLength: 40 }).map((entries) => {
    let version = start
    return entries.map(([event, skips]) => ({ ...event, streamId: 'Order-o-1', version: (version += skips ? 2 : 1) }))
  })

const eventByEvent = (events: readonly StoredOrderEvent[], from: OrderState) => events.reduce(replayOrderEvent, from)

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze)
    Object.freeze(value)
  }
  return value
}

describe('replayOrder', () => {
  it('gives the state that folding event by event gives, from any state, leaving that state alone', () => {
    fc.assert(
      fc.property(storedStream(0), fc.integer({ min: 0, max: 40 }), (events, cut) => {
        const before = deepFreeze(eventByEvent(events.slice(0, cut), initialOrderState))
        const rest = events.slice(cut)
        const snapshot = structuredClone(before)
        const folded = replayOrder(rest, before)
        expect(folded).toEqual(eventByEvent(rest, before))
        expect(before).toEqual(snapshot)
        // Folding on from the result must not change it either: its lines are not the next fold's draft.
        const frozen = structuredClone(folded)
        replayOrder(events, folded)
        expect(folded).toEqual(frozen)
      }),
      { seed: 20261122, numRuns: 500 },
    )
  })

  it('shares the lines a fold leaves unchanged with the state it folded from', () => {
    const before = replayOrder([
      { type: 'OrderCreated', data: { orderId: 'o-1', customerId: 'c' }, version: 1 },
      { type: 'ItemAdded', data: { itemId: 'apple', quantity: 3, unitPriceCents: 150 }, version: 2 },
      { type: 'ItemAdded', data: { itemId: 'pear', quantity: 1, unitPriceCents: 99 }, version: 3 },
    ])
    const after = replayOrder(
      [
        { type: 'ItemAdded', data: { itemId: 'pear', quantity: 2, unitPriceCents: 99 }, version: 4 },
        { type: 'ItemAdded', data: { itemId: 'pear', quantity: 1, unitPriceCents: 99 }, version: 5 },
      ],
      before,
    )
    expect(after.items[0]).toBe(before.items[0])
    expect(after.items[1]).toEqual({ itemId: 'pear', quantity: 4, unitPriceCents: 99 })
    expect(before.items[1]).toEqual({ itemId: 'pear', quantity: 1, unitPriceCents: 99 })
  })

  it('returns the starting state itself when there is nothing to fold', () => {
    const state = replayOrder([{ type: 'OrderCreated', data: { orderId: 'o-1', customerId: 'c' }, version: 1 }])
    expect(replayOrder([], state)).toBe(state)
  })

  it('merges a repeated item, removes a line and totals the rest', () => {
    const events: StoredOrderEvent[] = [
      { type: 'OrderCreated', data: { orderId: 'o-1', customerId: 'c' }, version: 1 },
      { type: 'ItemAdded', data: { itemId: 'apple', quantity: 3, unitPriceCents: 150 }, version: 2 },
      { type: 'ItemAdded', data: { itemId: 'pear', quantity: 1, unitPriceCents: 99 }, version: 3 },
      { type: 'ItemAdded', data: { itemId: 'apple', quantity: 2, unitPriceCents: 999 }, version: 4 },
      { type: 'ItemRemoved', data: { itemId: 'pear' }, version: 5 },
    ]
    const state = replayOrder(events)
    expect(state.items).toEqual([{ itemId: 'apple', quantity: 5, unitPriceCents: 150 }])
    expect(state).toMatchObject({ totalCents: 750, version: 5, status: 'created' })
  })
})

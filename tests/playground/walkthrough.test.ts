import type { OrderState } from '../../src/domains/order'
import { loadOrder, sendOrder } from '../kit/orderCommands'
import { afterEach, describe, expect, it } from 'vitest'
import { CommandRejectedError } from '../../src/kernel/commands/handleCommand'
import {
  ConcurrencyError,
  createDexieEventStore,
  createInMemoryEventStore,
  type EventStore,
} from '../../src/kernel/eventstore'

const adapters: [string, () => EventStore][] = [
  ['in memory', () => createInMemoryEventStore({ sessionId: 'walkthrough' })],
  ['Dexie', () => createDexieEventStore({ databaseName: `walkthrough-${Math.random()}`, sessionId: 'walkthrough' })],
]

describe.each(adapters)('the learning material walkthrough on the %s store', (_, createStore) => {
  let store: EventStore
  afterEach(() => store.close())

  it('creates order-001, adds apple and banana for $6.00, pays at version 4', async () => {
    store = createStore()
    const orderId = 'order-001'
    await sendOrder(store, { type: 'CreateOrder', orderId, customerId: 'customer-123' })
    const afterApple = await sendOrder(store, {
      type: 'AddItem',
      orderId,
      itemId: 'apple',
      quantity: 3,
      unitPriceCents: 150,
    })
    expect((afterApple.state as OrderState).totalCents).toBe(450)
    await sendOrder(store, { type: 'AddItem', orderId, itemId: 'banana', quantity: 2, unitPriceCents: 75 })

    const beforePaying = await loadOrder(store, orderId)
    expect(beforePaying.state).toMatchObject({
      totalCents: 600,
      version: 3,
      status: 'created',
      customerId: 'customer-123',
    })

    const payment = await sendOrder(store, { type: 'PayOrder', orderId, paymentMethod: 'credit_card' })
    expect(payment.append.nextExpectedVersion).toBe(4)
    const afterPaying = await loadOrder(store, orderId)
    expect(afterPaying.state).toMatchObject({
      status: 'paid',
      version: 4,
      totalCents: 600,
      paymentMethod: 'credit_card',
    })

    const history = await store.readStream('Order-order-001')
    expect(history.map((e) => [e.version, e.type])).toEqual([
      [1, 'OrderCreated'],
      [2, 'ItemAdded'],
      [3, 'ItemAdded'],
      [4, 'OrderPaid'],
    ])
    expect(history[3]?.data).toEqual({ paymentMethod: 'credit_card', amountCents: 600 })
  })

  it('treats appending version 2 again ("running it twice") as a version conflict', async () => {
    store = createStore()
    await store.append('Order-order-001', [
      { type: 'OrderCreated', data: { orderId: 'order-001', customerId: 'customer-123' } },
    ])
    const apple = { type: 'ItemAdded', data: { itemId: 'apple', quantity: 3, unitPriceCents: 150 } }
    await store.append('Order-order-001', [apple], { expectedVersion: 1 })
    const error = await store.append('Order-order-001', [apple], { expectedVersion: 1 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConcurrencyError)
    expect(error).toMatchObject({ expectedVersion: 1, actualVersion: 2 })
    expect(await store.streamVersion('Order-order-001')).toBe(2)
  })

  it('turns a broken business rule into CommandRejectedError and appends nothing', async () => {
    store = createStore()
    await sendOrder(store, { type: 'CreateOrder', orderId: 'o-1', customerId: 'c-1' })
    const error = await sendOrder(store, { type: 'PayOrder', orderId: 'o-1', paymentMethod: 'paypal' }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(CommandRejectedError)
    expect(error).toMatchObject({ code: 'EmptyOrder' })
    expect(await store.readAll()).toHaveLength(1)
  })

  it('explains an invalid order id instead of reaching the store with it', async () => {
    store = createStore()
    const error = await sendOrder(store, {
      type: 'CreateOrder',
      orderId: 'my order',
      customerId: 'c-1',
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CommandRejectedError)
    expect((error as Error).message).toMatch(/Order ID must be 1 to 64 characters with no spaces/)
    expect(await store.readAll()).toEqual([])
  })

  it('records the session that appended, as given by the caller', async () => {
    store = createStore()
    await sendOrder(store, { type: 'CreateOrder', orderId: 'o-1', customerId: 'c-1' }, { sessionId: 'pane-a' })
    const [recorded] = await store.readAll()
    expect(recorded?.metadata.sessionId).toBe('pane-a')
  })
})

import { createInMemoryEventStore, type EventStore } from '../../src/kernel/eventstore'
import { createInMemoryDerivedStorage } from '../../src/kernel/readside/derivedStorage'
import { createPlaygroundStore } from '../../src/playground/createPlayground'
import { PAGE_DOMAINS } from './domains'

/** Savepoints from 20 events on, again every 10, at once: a long log in miniature. */
export const policy = { fromEvents: 20, every: 10, delayMs: 0 }
export const settle = () => new Promise((resolve) => setTimeout(resolve, 10))

/** Waits for `check`, for 20 s at most: far beyond what it takes on a busy machine. */
export async function until(check: () => boolean | Promise<boolean>, what: string) {
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    if (await check()) return
    await settle()
  }
  throw new Error(`gave up waiting for ${what}`)
}

/** `count` orders from `o-<from>` on, each created and given one line: two events an order. */
export async function recordOrders(eventStore: EventStore, from: number, count: number) {
  for (let index = from; index < from + count; index += 1) {
    const orderId = `o-${index}`
    await eventStore.append(`Order-${orderId}`, [
      { type: 'OrderCreated', data: { orderId, customerId: 'c-1' } },
      { type: 'ItemAdded', data: { itemId: 'apple', quantity: index, unitPriceCents: 125 } },
    ])
  }
}

/** The whole read held back until released, as a million events hold it for seconds. */
export function withSlowWholeRead(eventStore: EventStore) {
  let release = () => undefined as void
  const released = new Promise<void>((resolve) => (release = resolve))
  const readAll = eventStore.readAll.bind(eventStore)
  eventStore.readAll = async (options) => {
    if (options?.fromPosition === undefined) await released
    return readAll(options)
  }
  return release
}

/**
 * A log of `orders` orders (two events each) that an earlier visit read and left a savepoint of:
 * the stores the next visit opens.
 */
export async function visitedLongLog(orders: number) {
  const eventStore = createInMemoryEventStore({ sessionId: 'tab-test' })
  const derivedStorage = createInMemoryDerivedStorage()
  await recordOrders(eventStore, 1, orders)
  const earlier = createPlaygroundStore(eventStore, 'tab-test', {
    domains: PAGE_DOMAINS,
    derivedStorage,
    savepoints: policy,
  })
  const stopEarlier = earlier.getState().start()
  await until(async () => (await derivedStorage.readSavepoint())?.position === orders * 2, 'the savepoint')
  stopEarlier()
  return { eventStore, derivedStorage }
}

import { describe, expect, it } from 'vitest'
import { createPlaygroundStore } from '../../src/playground/createPlayground'
import { createInMemoryEventStore, type EventStore } from '../../src/kernel/eventstore'
import { accountModule } from '../../src/domains/account/module'
import { catalogModule } from '../../src/domains/catalog/module'
import { orderModule } from '../../src/domains/order/module'
import { initialOrderState } from '../../src/domains/order/state'
import { PAGE_DOMAINS } from '../kit/domains'
import { sendOrder } from '../kit/orderCommands'
import { waitFor } from '../kit/waiting'

async function started(eventStore: EventStore, events: number) {
  const app = createPlaygroundStore(eventStore, 'tab-test', { domains: PAGE_DOMAINS })
  const stop = app.getState().start()
  await waitFor(
    () => app.getState().eventCount,
    (count) => count === events,
  )
  return { app, stop }
}

async function unpaidOrder(): Promise<EventStore> {
  const store = createInMemoryEventStore({ sessionId: 'seed' })
  await sendOrder(store, { type: 'CreateOrder', orderId: 'o-1', customerId: 'c' })
  await sendOrder(store, { type: 'AddItem', orderId: 'o-1', itemId: 'apple', quantity: 3, unitPriceCents: 150 })
  await sendOrder(store, { type: 'AddItem', orderId: 'o-1', itemId: 'pear', quantity: 1, unitPriceCents: 200 })
  return store
}

describe('Apply as new events', () => {
  it('turns the what-if into commands through the rules, appended at the end, and the history stays', async () => {
    const eventStore = await unpaidOrder()
    const before = await eventStore.readAll()
    const { app, stop } = await started(eventStore, 3)
    app.getState().addWhatIf({ kind: 'skip', position: 3 })
    expect(await app.getState().applyWhatIf()).toBe(
      'Appended through the rules, at the end of the log: RemoveItem. The earlier events stay as they were.',
    )
    const after = await eventStore.readAll()
    expect(after.slice(0, 3)).toEqual(before)
    expect(after.slice(3).map((event) => [event.position, event.type, event.metadata.command?.type])).toEqual([
      [4, 'ItemRemoved', 'RemoveItem'],
    ])
    expect(app.getState().whatIf).toEqual([])
    stop()
  })

  it('says what the rules refused, and what no command can do, writing nothing more', async () => {
    const eventStore = await unpaidOrder()
    await sendOrder(eventStore, { type: 'PayOrder', orderId: 'o-1', paymentMethod: 'paypal' })
    const { app, stop } = await started(eventStore, 4)
    app.getState().addWhatIf({ kind: 'skip', position: 3 })
    expect(await app.getState().applyWhatIf()).toMatch(/^RemoveItem was refused: .*paid/)
    app.getState().discardWhatIf()
    app.getState().addWhatIf({ kind: 'skip', position: 4 })
    expect(await app.getState().applyWhatIf()).toBe(
      'Order o-1 is paid: no command takes it back to created. History is never rewritten. Nothing was sent.',
    )
    expect(await eventStore.readAll()).toHaveLength(4)
    app.getState().seek(2)
    expect(await app.getState().applyWhatIf()).toBe('Go live first: a what-if is applied at the end of the log.')
    stop()
  })
})

describe('commands towards a what-if state, per domain', () => {
  it('Order: create, lines, then pay', () => {
    const to = {
      ...initialOrderState,
      status: 'paid' as const,
      orderId: 'o',
      customerId: 'c',
      items: [{ itemId: 'fig', quantity: 2, unitPriceCents: 100 }],
      totalCents: 200,
      paymentMethod: 'paypal' as const,
    }
    expect(orderModule.commandsTowards?.(initialOrderState, to, 'o')).toEqual([
      { type: 'CreateOrder', orderId: 'o', customerId: 'c' },
      { type: 'AddItem', orderId: 'o', itemId: 'fig', quantity: 2, unitPriceCents: 100 },
      { type: 'PayOrder', orderId: 'o', paymentMethod: 'paypal' },
    ])
  })
  it('Bank account: the difference as a deposit or a withdrawal', () => {
    const open = { ...accountModule.decider.initialState, status: 'open' as const, accountId: 'a', balanceCents: 500 }
    expect(accountModule.commandsTowards?.(open, { ...open, balanceCents: 200 }, 'a')).toEqual([
      { type: 'Withdraw', accountId: 'a', amountCents: 300, reason: 'applied from a what-if' },
    ])
    expect(accountModule.commandsTowards?.(open, { ...open, balanceCents: 900 }, 'a')).toEqual([
      { type: 'Deposit', accountId: 'a', amountCents: 400, source: 'applied from a what-if' },
    ])
  })
  it('Catalog item: what changed, then the status', () => {
    const item = {
      ...catalogModule.decider.initialState,
      status: 'active' as const,
      itemId: 'i',
      name: 'Saw',
      category: 'tools',
    }
    expect(catalogModule.commandsTowards?.(item, { ...item, category: 'garden', status: 'reserved' }, 'i')).toEqual([
      { type: 'UpdateItem', itemId: 'i', category: 'garden' },
      { type: 'ChangeStatus', itemId: 'i', status: 'reserved' },
    ])
  })
})

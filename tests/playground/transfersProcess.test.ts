import { describe, expect, it } from 'vitest'
import { PAGE_DOMAINS } from '../kit/domains'
import { createPlaygroundStore, type PlaygroundStore } from '../../src/playground/createPlayground'
import { createInMemoryEventStore, type EventStore, type RecordedEvent } from '../../src/kernel/eventstore'
import { createInMemoryDerivedStorage, type DerivedStorage } from '../../src/kernel/readside/derivedStorage'
import { handleCommand } from '../../src/kernel/commands/handleCommand'
import { accountModule } from '../../src/domains/account/module'
import type { AccountCommand } from '../../src/domains/account/commands'

const send = (store: EventStore, command: AccountCommand) =>
  handleCommand(accountModule, store, command, { metadata: { sessionId: 'seed' } })

/** Polls (up to about five seconds) until the store's log satisfies `done`. */
async function logUntil(store: EventStore, done: (events: RecordedEvent[]) => boolean): Promise<RecordedEvent[]> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const events = await store.readAll()
    if (done(events)) return events
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return store.readAll()
}

function startTab(
  eventStore: EventStore,
  derivedStorage: DerivedStorage,
  sessionId: string,
): [PlaygroundStore, () => void] {
  const app = createPlaygroundStore(eventStore, sessionId, {
    domains: PAGE_DOMAINS,
    derivedStorage,
    initialDomain: 'Account',
  })
  return [app, app.getState().start()]
}

const ofTransfer = (events: RecordedEvent[], transferId: string) =>
  events.filter((event) => (event.data as { transferId?: string }).transferId === transferId)

async function twoAccounts(store: EventStore) {
  await send(store, { type: 'OpenAccount', accountId: 'a', owner: 'Alice', initialBalanceCents: 10_000 })
  await send(store, { type: 'OpenAccount', accountId: 'b', owner: 'Bob', initialBalanceCents: 0 })
}

describe('the Transfers process', () => {
  it('withdraws, deposits and completes, each step on its own stream, caused by the step before', async () => {
    const store = createInMemoryEventStore()
    await twoAccounts(store)
    const [, stop] = startTab(store, createInMemoryDerivedStorage(), 'tab-1')
    await send(store, { type: 'Transfer', accountId: 'a', toAccountId: 'b', amountCents: 2_500 })
    const events = await logUntil(store, (log) => log.some((event) => event.type === 'TransferCompleted'))
    stop()
    const steps = ofTransfer(events, 'a.t2')
    expect(steps.map((event) => `${event.streamId} ${event.type}`)).toEqual([
      'Account-a TransferRequested',
      'Account-a MoneyWithdrawn',
      'Account-b MoneyDeposited',
      'Account-a TransferCompleted',
    ])
    for (const [index, event] of steps.entries()) {
      if (index === 0) continue
      expect(event.metadata.causationId).toBe(steps[index - 1]!.eventId)
      expect(event.metadata.correlationId).toBe(steps[0]!.metadata.correlationId)
    }
  })

  it('returns the money when the deposit is refused, then marks the transfer failed', async () => {
    const store = createInMemoryEventStore()
    await twoAccounts(store)
    await send(store, { type: 'CloseAccount', accountId: 'b' })
    const [app, stop] = startTab(store, createInMemoryDerivedStorage(), 'tab-1')
    await send(store, { type: 'Transfer', accountId: 'a', toAccountId: 'b', amountCents: 2_500 })
    const events = await logUntil(store, (log) => log.some((event) => event.type === 'TransferFailed'))
    stop()
    const steps = ofTransfer(events, 'a.t2').map((event) => `${event.streamId} ${event.type}`)
    expect(steps).toEqual([
      'Account-a TransferRequested',
      'Account-a MoneyWithdrawn',
      'Account-a MoneyDeposited',
      'Account-a TransferFailed',
    ])
    const returned = ofTransfer(events, 'a.t2')[2]!
    expect((returned.data as { source: string }).source).toMatch(/could not be deposited \(Account b is closed/)
    expect(app.getState().processes.get('transfers')?.store.getState().stuck.size).toBe(0)
  })

  it('fails without moving money when the withdrawal is refused', async () => {
    const store = createInMemoryEventStore()
    await twoAccounts(store)
    const [, stop] = startTab(store, createInMemoryDerivedStorage(), 'tab-1')
    await send(store, { type: 'Transfer', accountId: 'a', toAccountId: 'b', amountCents: 90_000 })
    const events = await logUntil(store, (log) => log.some((event) => event.type === 'TransferFailed'))
    stop()
    expect(ofTransfer(events, 'a.t2').map((event) => event.type)).toEqual(['TransferRequested', 'TransferFailed'])
    expect((ofTransfer(events, 'a.t2')[1]!.data as { reason: string }).reason).toMatch(/overdraft limit/)
  })

  it('carries on after a reload halfway, from its stored checkpoint, and never takes a step twice', async () => {
    const store = createInMemoryEventStore()
    const derived = createInMemoryDerivedStorage()
    await twoAccounts(store)
    // The first tab sees the request and is closed before any step is taken.
    const [first, stopFirst] = startTab(store, derived, 'tab-1')
    await first.getState().setProjectionsPaused(true)
    stopFirst()
    await send(store, { type: 'Transfer', accountId: 'a', toAccountId: 'b', amountCents: 2_500 })
    // A step was taken, but the tab was gone before its to-do list saw it.
    await send(store, {
      type: 'Withdraw',
      accountId: 'a',
      amountCents: 2_500,
      reason: 'Transfer a.t2 to b',
      transferId: 'a.t2',
    })
    // Two tabs open at once on the same store: both run the process.
    const [, stopSecond] = startTab(store, derived, 'tab-2')
    const [, stopThird] = startTab(store, derived, 'tab-3')
    const events = await logUntil(store, (log) => log.some((event) => event.type === 'TransferCompleted'))
    await new Promise((resolve) => setTimeout(resolve, 100))
    const after = await store.readAll()
    stopSecond()
    stopThird()
    expect(events.length).toBeGreaterThan(0)
    expect(ofTransfer(after, 'a.t2').map((event) => event.type)).toEqual([
      'TransferRequested',
      'MoneyWithdrawn',
      'MoneyDeposited',
      'TransferCompleted',
    ])
  })
})

import { describe, expect, it } from 'vitest'
import type { EventStore } from '../../src/kernel/eventstore'
import type { DerivedStorage } from '../../src/kernel/readside/derivedStorage'
import { createPlaygroundStore, type LoadStatus } from '../../src/playground/createPlayground'
import { PAGE_DOMAINS } from '../kit/domains'
import { policy, recordOrders, until, visitedLongLog, withSlowWholeRead } from '../kit/savepoints'

function watchStatuses(app: ReturnType<typeof createPlaygroundStore>) {
  const seen: LoadStatus[] = [app.getState().loadStatus]
  app.subscribe((state) => {
    if (seen.at(-1) !== state.loadStatus) seen.push(state.loadStatus)
  })
  return seen
}

/** The next visit's app store over the same stores, started, with the load statuses it goes through. */
function nextVisit(eventStore: EventStore, derivedStorage: DerivedStorage) {
  const app = createPlaygroundStore(eventStore, 'tab-1', { domains: PAGE_DOMAINS, derivedStorage, savepoints: policy })
  const statuses = watchStatuses(app)
  return { app, statuses, stop: app.getState().start() }
}

describe('a long log starts from its savepoint', () => {
  it('shows the latest states before the history, keeps what arrives meanwhile, then travels the whole log', async () => {
    const { eventStore, derivedStorage } = await visitedLongLog(20)
    // Another tab writes after the savepoint: the next visit reads these with the tail.
    await recordOrders(eventStore, 21, 2)

    const release = withSlowWholeRead(eventStore)
    const { app, statuses, stop } = nextVisit(eventStore, derivedStorage)
    await until(() => app.getState().loadStatus === 'history', 'the latest states')
    const latest = app.getState().log
    expect(latest.complete).toBe(false)
    expect(app.getState().eventCount).toBe(44)
    expect(latest.statesAt('Order').size).toBe(22)
    expect(latest.stateAt('Order-o-7', 44)).toMatchObject({ version: 2 })
    // The slider waits for the history.
    app.getState().seek(3)
    expect(app.getState().cursor).toBeNull()

    // A command while the history is read is decided on the latest state and shown at once.
    await app.getState().commands.getState().submit({ type: 'PayOrder', orderId: 'o-7', paymentMethod: 'paypal' })
    expect(app.getState().commands.getState().feedback?.tone).toBe('success')
    await until(() => app.getState().eventCount === 45, 'the payment on screen')
    expect(app.getState().loadStatus).toBe('history')

    release()
    await until(() => app.getState().loadStatus === 'ready', 'the whole log')
    expect(statuses).toEqual(['loading', 'history', 'ready'])
    const whole = app.getState().log
    expect(whole.complete).toBe(true)
    expect(whole.events.map((event) => event.position)).toEqual(Array.from({ length: 45 }, (_, index) => index + 1))
    expect(whole.stateAt('Order-o-7', 45)).toMatchObject({ version: 3 })
    expect(whole.stateAt('Order-o-2', 3)).toMatchObject({ version: 1 })
    app.getState().seek(3)
    expect(app.getState().cursor).toBe(3)
    stop()
  })

  it('reads the whole log when the saved states are of another log, and forgets them on a clear', async () => {
    const { eventStore, derivedStorage } = await visitedLongLog(15)
    const saved = await derivedStorage.readSavepoint()

    // Replaced behind the page's back (as another tab's import would): other events at every position.
    await eventStore.clear()
    await recordOrders(eventStore, 100, 15)
    const { app, statuses, stop } = nextVisit(eventStore, derivedStorage)
    await until(() => app.getState().loadStatus === 'ready', 'the whole log')
    expect(statuses).toEqual(['loading', 'ready'])
    expect(app.getState().log.statesAt('Order').has('Order-o-100')).toBe(true)
    // This page saves the new log's states; a clear forgets them.
    await until(async () => (await derivedStorage.readSavepoint())?.eventId !== saved?.eventId, 'a new savepoint')
    await app.getState().resetStore()
    await until(async () => (await derivedStorage.readSavepoint()) === undefined, 'the savepoint forgotten')
    stop()
  })
})

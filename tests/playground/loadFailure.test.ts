import { describe, expect, it } from 'vitest'
import { createInMemoryEventStore, SharedStoreError } from '../../src/kernel/eventstore'
import { createPlaygroundStore } from '../../src/playground/createPlayground'
import { PAGE_DOMAINS } from '../kit/domains'
import { recordOrders, until } from '../kit/savepoints'

/** A store whose next whole read fails as a shared store's does when its server is away. */
function withFailingWholeRead() {
  const eventStore = createInMemoryEventStore({ sessionId: 'tab-test' })
  const readAll = eventStore.readAll.bind(eventStore)
  let failures = 1
  eventStore.readAll = async (options) => {
    if (options?.fromPosition === undefined && failures > 0) {
      failures -= 1
      throw new SharedStoreError('unreachable', 'The shared store cannot be reached: nothing could be read.')
    }
    return readAll(options)
  }
  return eventStore
}

describe('a log whose first read fails', () => {
  it('says so without speaking of a command, and is read again, with what arrived meanwhile, once the connection is back', async () => {
    const eventStore = withFailingWholeRead()
    await recordOrders(eventStore, 1, 2)
    const app = createPlaygroundStore(eventStore, 'tab-1', { domains: PAGE_DOMAINS })
    const stop = app.getState().start()
    await until(() => app.getState().loadStatus === 'failed', 'the failed read')
    const message = app.getState().storeMessage
    expect(message).toMatchObject({ tone: 'error', from: 'store-panel' })
    expect(message?.text).toContain('The event log could not be read: the shared store cannot be reached.')
    expect(message?.text).not.toContain('appended')
    expect(app.getState().eventCount).toBe(0)

    // Another person's command lands while this tab waits, and reaches it over the live connection.
    await recordOrders(eventStore, 3, 1)
    app.getState().setSharedConnection('reconnecting')
    expect(app.getState().loadStatus).toBe('failed')
    app.getState().setSharedConnection('connected')
    await until(() => app.getState().loadStatus === 'ready', 'the log read again')
    expect(app.getState().storeMessage).toBeNull()
    expect(app.getState().log.events.map((event) => event.position)).toEqual([1, 2, 3, 4, 5, 6])
    // Only a failed read is repeated: a later reconnection reads nothing again.
    const reads: unknown[] = []
    const readAll = eventStore.readAll.bind(eventStore)
    eventStore.readAll = (options) => (reads.push(options), readAll(options))
    app.getState().setSharedConnection('connected')
    expect(reads).toEqual([])
    stop()
  })
})

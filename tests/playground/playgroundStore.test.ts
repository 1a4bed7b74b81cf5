import { PAGE_DOMAINS } from '../kit/domains'
import { describe, expect, it } from 'vitest'
import { createPlaygroundStore } from '../../src/playground/createPlayground'
import { createInMemoryEventStore } from '../../src/kernel/eventstore'

const settle = () => new Promise((resolve) => setTimeout(resolve, 10))

describe('the app store', () => {
  it('loads stored events, then follows new ones without duplicates, even when started twice', async () => {
    const eventStore = createInMemoryEventStore()
    await eventStore.append('Order-a', [{ type: 'OrderCreated', data: {} }])
    const app = createPlaygroundStore(eventStore, 'tab-1', { domains: PAGE_DOMAINS })
    const stopFirst = app.getState().start()
    stopFirst() // React StrictMode mounts effects twice
    const stop = app.getState().start()
    await settle()
    expect(app.getState().loadStatus).toBe('ready')
    await eventStore.append('Order-b', [{ type: 'OrderCreated', data: {} }])
    await settle()
    expect(app.getState().log.events.map((e) => e.position)).toEqual([1, 2])
    expect(app.getState().eventCount).toBe(2)
    stop()
  })

  it('starts from a log read before it subscribed, and misses nothing appended in between', async () => {
    const eventStore = createInMemoryEventStore()
    await eventStore.append('Order-a', [{ type: 'OrderCreated', data: {} }])
    const initialLog = eventStore.readAll()
    await initialLog
    // While the first screen renders, another tab appends: no subscriber is there yet to hear it.
    await eventStore.append('Order-b', [{ type: 'OrderCreated', data: {} }])
    const app = createPlaygroundStore(eventStore, 'tab-1', { domains: PAGE_DOMAINS, initialLog })
    const stop = app.getState().start()
    await settle()
    await eventStore.append('Order-c', [{ type: 'OrderCreated', data: {} }])
    await settle()
    expect(app.getState().log.events.map((event) => event.streamId)).toEqual(['Order-a', 'Order-b', 'Order-c'])
    stop()
  })

  it('reports a failed command in words, and success after it', async () => {
    const app = createPlaygroundStore(createInMemoryEventStore(), 'tab-1', { domains: PAGE_DOMAINS })
    const commands = app.getState().commands.getState()
    await commands.submit({ type: 'PayOrder', orderId: 'o-1', paymentMethod: 'paypal' })
    expect(app.getState().commands.getState().feedback).toMatchObject({
      tone: 'error',
      text: expect.stringMatching(/does not exist yet/),
    })
    await commands.submit({ type: 'CreateOrder', orderId: 'o-1', customerId: 'c-1' })
    expect(app.getState().commands.getState().feedback?.tone).toBe('success')
    expect(app.getState().selectedStreamId).toBe('Order-o-1')
  })

  it('explains a version conflict', async () => {
    const eventStore = createInMemoryEventStore()
    const app = createPlaygroundStore(eventStore, 'tab-1', { domains: PAGE_DOMAINS })
    const original = eventStore.append.bind(eventStore)
    // Another writer slips in between this session's read and its append.
    eventStore.append = async (streamId, events, options) => {
      await original(streamId, [{ type: 'OrderCreated', data: { orderId: 'o-1', customerId: 'other' } }])
      return original(streamId, events, options)
    }
    await app.getState().commands.getState().submit({ type: 'CreateOrder', orderId: 'o-1', customerId: 'c-1' })
    expect(app.getState().commands.getState().feedback?.tone).toBe('conflict')
    expect(app.getState().commands.getState().feedback?.text).toMatch(
      /^Conflict: .*Order-o-1.*expected version no_stream.*version 1/,
    )
    expect(await eventStore.readAll()).toHaveLength(1)
  })
})

import { orderModule } from '../../src/domains/order/module'
import { describe, expect, it } from 'vitest'
import { createCommandSession } from '../../src/playground/slices/commandSession'
import { createRaceRecorder } from '../../src/playground/slices/raceRecorder'
import { SCRIPTED_RACES } from '../../src/domains/order/races'
import { ConcurrencyError, createInMemoryEventStore, type EventStore } from '../../src/kernel/eventstore'

function twoSessions(eventStore: EventStore = createInMemoryEventStore()) {
  const recorder = createRaceRecorder()
  const tabA = createCommandSession(eventStore, { module: orderModule, sessionId: 'tab-a', label: 'Tab A', recorder })
  const tabB = createCommandSession(eventStore, { module: orderModule, sessionId: 'tab-b', label: 'Tab B', recorder })
  return { eventStore, recorder, tabA, tabB }
}

const apple = { type: 'AddItem', orderId: 'o-1', itemId: 'apple', quantity: 1, unitPriceCents: 100 } as const
const pear = { type: 'AddItem', orderId: 'o-1', itemId: 'pear', quantity: 2, unitPriceCents: 80 } as const

async function createdOrder() {
  const sessions = twoSessions()
  await sessions.tabA.getState().submit({ type: 'CreateOrder', orderId: 'o-1', customerId: 'c-1' })
  await sessions.tabA.getState().load('o-1')
  await sessions.tabB.getState().load('o-1')
  return sessions
}

describe('two sessions on one store', () => {
  it('at the same expected version: one wins, the other gets a ConcurrencyError with both versions', async () => {
    const eventStore = createInMemoryEventStore()
    await eventStore.append('Order-o-1', [{ type: 'OrderCreated', data: { orderId: 'o-1', customerId: 'c' } }])
    const [a, b] = await Promise.allSettled([
      eventStore.append('Order-o-1', [{ type: 'ItemAdded', data: {}, metadata: { sessionId: 'tab-a' } }], {
        expectedVersion: 1,
      }),
      eventStore.append('Order-o-1', [{ type: 'ItemAdded', data: {}, metadata: { sessionId: 'tab-b' } }], {
        expectedVersion: 1,
      }),
    ])
    expect(a.status).toBe('fulfilled')
    expect(b.status === 'rejected' && b.reason).toBeInstanceOf(ConcurrencyError)
    expect(b.status === 'rejected' && b.reason).toMatchObject({ expectedVersion: 1, actualVersion: 2 })
  })

  it('a stale session conflicts, names the event that got in first, and appends nothing', async () => {
    const { eventStore, tabA, tabB } = await createdOrder()
    await tabA.getState().submit(apple)
    await tabB.getState().submit(pear)
    const feedback = tabB.getState().feedback
    expect(feedback?.tone).toBe('conflict')
    expect(feedback?.text).toMatch(/^Conflict: .*expected version 1, it is now at version 2/)
    if (feedback?.tone !== 'conflict') return
    expect(feedback.conflict.eventsFirst.map((e) => [e.version, e.type, e.metadata.sessionId])).toEqual([
      [2, 'ItemAdded', 'tab-a'],
    ])
    expect(tabB.getState().pendingCommand).toEqual(pear)
    expect(await eventStore.streamVersion('Order-o-1')).toBe(2)
  })

  it('Reload and retry decides the same command against the latest state', async () => {
    const { eventStore, tabA, tabB } = await createdOrder()
    await tabA.getState().submit(apple)
    await tabB.getState().submit(pear)
    await tabB.getState().reloadAndRetry()
    expect(tabB.getState().feedback).toEqual({ tone: 'success', text: 'AddItem appended: o-1 is now at version 3.' })
    expect(tabB.getState().pendingCommand).toBeNull()
    const stream = await eventStore.readStream('Order-o-1')
    expect(stream.map((e) => [e.version, e.metadata.sessionId])).toEqual([
      [1, 'tab-a'],
      [2, 'tab-a'],
      [3, 'tab-b'],
    ])
  })

  it('fault 21: a submit asked to retry reloads and decides again on a conflict, with the checkbox off', async () => {
    const { eventStore, tabA, tabB } = await createdOrder()
    expect(tabB.getState().autoRetry).toBe(false)
    await tabA.getState().submit(apple)
    await tabB.getState().submit(pear, { retry: true })
    expect(tabB.getState().feedback).toEqual({
      tone: 'success',
      text: 'AddItem appended after 2 attempts: o-1 is now at version 3.',
    })
    expect(await eventStore.streamVersion('Order-o-1')).toBe(3)
    // Asked not to, it leaves the conflict to the person, whatever the checkbox says.
    tabA.getState().setAutoRetry(true)
    await tabB.getState().submit(apple)
    await tabA.getState().submit(pear, { retry: false })
    expect(tabA.getState().feedback?.tone).toBe('conflict')
  })

  it('Discard drops the command and loads the latest state', async () => {
    const { eventStore, tabA, tabB } = await createdOrder()
    await tabA.getState().submit(apple)
    await tabB.getState().submit(pear)
    await tabB.getState().discard()
    expect(tabB.getState()).toMatchObject({ pendingCommand: null, feedback: null })
    expect(tabB.getState().loaded?.state.version).toBe(2)
    expect(await eventStore.streamVersion('Order-o-1')).toBe(2)
  })

  it('automatic retry reloads and appends on the second attempt', async () => {
    const { tabA, tabB } = await createdOrder()
    tabB.getState().setAutoRetry(true)
    await tabA.getState().submit(apple)
    await tabB.getState().submit(pear)
    expect(tabB.getState().feedback).toEqual({
      tone: 'success',
      text: 'AddItem appended after 2 attempts: o-1 is now at version 3.',
    })
  })

  it('automatic retry gives up after 3 attempts when others keep winning', async () => {
    const eventStore = createInMemoryEventStore()
    const { tabB } = twoSessions(eventStore)
    await eventStore.append('Order-o-1', [{ type: 'OrderCreated', data: { orderId: 'o-1', customerId: 'c' } }])
    await tabB.getState().load('o-1')
    tabB.getState().setAutoRetry(true)
    // Someone else appends just before each of B's appends.
    const append = eventStore.append.bind(eventStore)
    let appendsByB = 0
    eventStore.append = async (streamId, events, options) => {
      appendsByB += 1
      await append(streamId, [
        { type: 'ItemAdded', data: { itemId: `x${appendsByB}`, quantity: 1, unitPriceCents: 1 } },
      ])
      return append(streamId, events, options)
    }
    await tabB.getState().submit(pear)
    expect(appendsByB).toBe(3)
    expect(tabB.getState().feedback?.tone).toBe('conflict')
  })

  it('records read → decide → append for each session in the order they happened', async () => {
    const { recorder, tabA, tabB } = await createdOrder()
    recorder.getState().clear()
    await tabA.getState().submit(apple)
    await tabB.getState().submit(pear)
    expect(
      recorder.getState().steps.map((s) => `${s.sequence} ${s.session} ${s.kind} ${s.detail} ${s.result}`),
    ).toEqual([
      '1 Tab A decide AddItem ok',
      '2 Tab A append ok → v2 ok',
      '3 Tab B decide AddItem ok',
      '4 Tab B append conflict: expected 1, store at v2 conflict',
    ])
  })
})

describe('loading', () => {
  it('keeps the latest load when an earlier, slower one finishes after it', async () => {
    const eventStore = createInMemoryEventStore()
    await eventStore.append('Order-slow', [{ type: 'OrderCreated', data: { orderId: 'slow', customerId: 'c' } }])
    const readStream = eventStore.readStream.bind(eventStore)
    eventStore.readStream = async (streamId, options) => {
      if (streamId === 'Order-slow') await new Promise((resolve) => setTimeout(resolve, 30))
      return readStream(streamId, options)
    }
    const { tabA } = twoSessions(eventStore)
    const slow = tabA.getState().load('slow')
    await tabA.getState().load('fast')
    await slow
    expect(tabA.getState().loaded?.target).toBe('fast')
  })
})

describe('the scripted races', () => {
  const race = (id: string) => SCRIPTED_RACES.find((r) => r.id === id)!

  it('lost update prevented: both items kept, B retried successfully', async () => {
    const { eventStore, tabA, tabB, recorder } = twoSessions()
    await race('lost-update').run(tabA, tabB, 'race-1')
    const stream = await eventStore.readStream('Order-race-1')
    expect(stream.map((e) => [e.type, e.metadata.sessionId])).toEqual([
      ['OrderCreated', 'tab-a'],
      ['ItemAdded', 'tab-a'],
      ['ItemAdded', 'tab-b'],
    ])
    expect(tabB.getState().feedback?.tone).toBe('success')
    expect(recorder.getState().steps.some((s) => s.session === 'Tab B' && s.result === 'conflict')).toBe(true)
  })

  it('pay versus cancel: B conflicts, then the rules refuse paying a cancelled order', async () => {
    const { eventStore, tabA, tabB } = twoSessions()
    await race('pay-versus-cancel').run(tabA, tabB, 'race-2')
    expect(tabB.getState().feedback).toEqual({
      tone: 'error',
      text: 'Retried against version 3, and the business rules now refuse it: This order is cancelled, so it can no longer be paid.',
      // What Export as test needs: the command and the version it was decided against after the reload.
      refusal: {
        command: { type: 'PayOrder', orderId: 'race-2', paymentMethod: 'credit_card' },
        streamId: 'Order-race-2',
        version: 3,
        code: 'OrderAlreadyCancelled',
        message: 'This order is cancelled, so it can no longer be paid.',
      },
    })
    expect((await eventStore.readStream('Order-race-2')).map((e) => e.type)).toEqual([
      'OrderCreated',
      'ItemAdded',
      'OrderCancelled',
    ])
  })

  it('create twice: B is refused with no_stream, then the rules refuse a second create', async () => {
    const { eventStore, tabA, tabB, recorder } = twoSessions()
    await race('create-twice').run(tabA, tabB, 'race-3')
    const conflict = recorder.getState().steps.find((s) => s.result === 'conflict')
    expect(conflict).toMatchObject({
      session: 'Tab B',
      kind: 'append',
      detail: 'conflict: expected no_stream, store at v1',
    })
    expect(tabB.getState().feedback?.text).toMatch(/Retried against version 1.*Order race-3 already exists/)
    expect(await eventStore.readStream('Order-race-3')).toHaveLength(1)
  })
})

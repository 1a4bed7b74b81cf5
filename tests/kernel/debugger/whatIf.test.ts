import { describe, expect, it } from 'vitest'
import { computeWhatIf, type WhatIfChange } from '../../../src/kernel/debugger/whatIf'
import { createInMemoryEventStore, type RecordedEvent } from '../../../src/kernel/eventstore'
import { LogView } from '../../../src/kernel/timeline/logView'
import { Timeline } from '../../../src/kernel/timeline/timeline'
import { PAGE_DOMAINS } from '../../kit/domains'
import { plainEvents } from '../../kit/plainEvents'
import { sendOrder } from '../../kit/orderCommands'
import { recordOrders } from '../../kit/orderLog'
import { walkthroughLog } from '../../kit/walkthroughLog'

function viewOf(events: readonly RecordedEvent[]): LogView {
  const timeline = new Timeline(PAGE_DOMAINS, 4)
  timeline.append(events)
  return new LogView(timeline)
}

const whatIf = (log: LogView, changes: WhatIfChange[], position = log.length) =>
  computeWhatIf(log, PAGE_DOMAINS, changes, position)

describe('what if', () => {
  it('skips an event: the stream is folded without it, later commands decided again, the log untouched', async () => {
    const events = await walkthroughLog()
    const log = viewOf(events)
    const outcome = whatIf(log, [{ kind: 'skip', position: 2 }])
    expect(outcome.streams).toHaveLength(1)
    const [stream] = outcome.streams
    expect(stream?.real).toMatchObject({ totalCents: 600, status: 'paid', version: 4 })
    // Without the apples the order is $1.50 and is still paid, now for $1.50: the payment was decided again.
    expect(stream?.whatIf).toMatchObject({ totalCents: 150, status: 'paid', version: 3 })
    expect(outcome.notes).toEqual([])
    // The log from the first change on, as the what-if has it.
    expect(outcome.from).toBe(2)
    expect(outcome.events.map((event) => [event.position, event.type])).toEqual([
      [3, 'ItemAdded'],
      [4, 'OrderPaid'],
    ])
    expect(outcome.events[1]?.data).toMatchObject({ amountCents: 150 })
    expect(plainEvents(log.events)).toEqual(events)
  })

  it('says where the rules would have refused a later command, and leaves that command out', async () => {
    const log = viewOf(await walkthroughLog())
    const outcome = whatIf(log, [
      { kind: 'skip', position: 2 },
      { kind: 'skip', position: 3 },
    ])
    expect(outcome.streams[0]?.whatIf).toMatchObject({ status: 'created', totalCents: 0, version: 1 })
    expect(outcome.notes).toEqual([
      {
        position: 4,
        streamId: 'Order-order-001',
        text: 'PayOrder at position 4 would have been refused: An empty order cannot be paid: add at least one item first.',
      },
    ])
  })

  it('edits an event’s data for the what-if only', async () => {
    const log = viewOf(await walkthroughLog())
    const outcome = whatIf(log, [
      { kind: 'edit', position: 2, data: { itemId: 'apple', quantity: 1, unitPriceCents: 150 } },
    ])
    expect(outcome.streams[0]?.whatIf).toMatchObject({ totalCents: 300, status: 'paid' })
  })

  it('inserts a command at a position, decided against the state there, and refuses one the rules refuse', async () => {
    const log = viewOf(await walkthroughLog())
    const removeApples = { type: 'RemoveItem', orderId: 'order-001', itemId: 'apple' }
    const inserted = whatIf(log, [{ kind: 'insert', after: 2, command: removeApples }])
    expect(inserted.streams[0]?.whatIf).toMatchObject({ totalCents: 150, status: 'paid', version: 5 })
    expect(inserted.events.map((event) => event.position)).toEqual([2.5, 3, 4])
    const tooLate = whatIf(log, [{ kind: 'insert', after: 4, command: removeApples }])
    expect(tooLate.notes[0]?.text).toMatch(/^The inserted RemoveItem is refused: .*paid/)
    expect(tooLate.streams[0]?.whatIf).toEqual(tooLate.streams[0]?.real)
  })

  it('waits for the cursor: a change after the position shown changes nothing yet', async () => {
    const log = viewOf(await walkthroughLog())
    expect(whatIf(log, [{ kind: 'skip', position: 3 }], 2).streams).toEqual([])
  })

  it('keeps the other streams as they are, and the changed stream real before its change', async () => {
    const store = createInMemoryEventStore()
    await recordOrders(store)
    await sendOrder(store, { type: 'AddItem', orderId: 'o-4', itemId: 'fig', quantity: 1, unitPriceCents: 100 })
    const events = await store.readAll()
    const log = viewOf(events)
    const fig = events.at(-1) as RecordedEvent
    const outcome = whatIf(log, [{ kind: 'skip', position: 2 }])
    expect(outcome.from).toBe(2)
    expect(outcome.events.map((event) => event.position)).toEqual(
      events.filter((event) => event.position >= 2 && event.position !== 2).map((event) => event.position),
    )
    expect(plainEvents(outcome.events.slice(-1))).toEqual([fig])
  })

  it('with nothing changed equals the real log: each event edited to its own data, at every position', async () => {
    const store = createInMemoryEventStore()
    await recordOrders(store)
    const events = await store.readAll()
    const log = viewOf(events)
    for (const event of events) {
      const outcome = whatIf(log, [{ kind: 'edit', position: event.position, data: event.data }])
      for (const stream of outcome.streams) expect(stream.whatIf, `edit at ${event.position}`).toEqual(stream.real)
      expect(outcome.notes).toEqual([])
      expect(outcome.events.map((e) => [e.position, e.type, e.data])).toEqual(
        events.slice(event.position - 1).map((e) => [e.position, e.type, e.data]),
      )
    }
  })
})

describe('what if a new stream', () => {
  it('inserts a command that creates a stream, even into an empty log, under its own stream id', () => {
    const log = viewOf([])
    const outcome = whatIf(log, [
      { kind: 'insert', after: 0, command: { type: 'CreateOrder', orderId: 'o-9', customerId: 'c' } },
    ])
    expect(outcome.streams.map((stream) => [stream.streamId, stream.real.version, stream.whatIf.version])).toEqual([
      ['Order-o-9', 0, 1],
    ])
    expect(outcome.events.map((event) => [event.streamId, event.type])).toEqual([['Order-o-9', 'OrderCreated']])
  })
})

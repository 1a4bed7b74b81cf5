import { describe, expect, it } from 'vitest'
import { createSubscriptionHub } from '../../../src/kernel/eventstore/subscriptions'
import type { RecordedEvent } from '../../../src/kernel/eventstore'

/** A log the test rewrites by hand, as other tabs would: the hub reads it through `readFrom`. */
function scriptedLog() {
  let log: RecordedEvent[] = []
  const record = (position: number, eventId: string): RecordedEvent => ({
    eventId,
    streamId: 'Order-a',
    version: position,
    position,
    type: 'ItemAdded',
    data: {},
    metadata: { correlationId: eventId, causationId: null, sessionId: 's', schemaVersion: 1 },
    recordedAt: '2026-11-29T10:00:00.000Z',
  })
  return {
    /** Appends events with these ids; returns them. */
    append(...ids: string[]): RecordedEvent[] {
      const added = ids.map((id, index) => record(log.length + index + 1, id))
      log = [...log, ...added]
      return added
    },
    clear() {
      log = []
    },
    last: () => log.at(-1),
    options: {
      readLast: () => Promise.resolve(log.at(-1)),
      readFrom: (fromPosition: number) => Promise.resolve(log.slice(Math.max(fromPosition, 1) - 1)),
      onListenerError: (error: unknown) => {
        throw error
      },
    },
  }
}

/** What a subscriber that applies clears believes the log is, as event ids. */
function subscriberView(hub: ReturnType<typeof createSubscriptionHub>) {
  let view: string[] = []
  let clears = 0
  hub.subscribe((events) => (view = [...view, ...events.map((event) => event.eventId)]))
  hub.onCleared(() => {
    view = []
    clears += 1
  })
  return { ids: () => view, clears: () => clears }
}

describe('fault 14: the subscription hub resynchronises when the log was replaced behind it', () => {
  it('a commit at position 1 heard before the late "cleared" message still ends on screen', async () => {
    const log = scriptedLog()
    log.append('old-1', 'old-2', 'old-3')
    const hub = createSubscriptionHub(log.options)
    const seen = subscriberView(hub)
    const previousOfMine = log.last()
    hub.publish(log.append('old-4'), previousOfMine)
    await hub.settled()
    expect(seen.ids()).toEqual(['old-4'])

    // Tab B resets the store; this tab appends at position 1 and hears its own commit first.
    log.clear()
    const mine = log.append('mine-1')
    hub.publish(mine, undefined)
    await hub.settled()
    expect(seen.ids()).toEqual(['mine-1'])
    // B's "cleared" arrives late: the hub reads again, so the tab does not end on an empty log.
    hub.cleared()
    await hub.settled()
    expect(seen.ids()).toEqual(['mine-1'])
  })

  it('an observer that hears appends of a refilled log before the clear starts over from position 1', async () => {
    const log = scriptedLog()
    log.append('old-1', 'old-2')
    const hub = createSubscriptionHub(log.options)
    const seen = subscriberView(hub)
    log.append('old-3')
    hub.catchUp(3)
    await hub.settled()
    expect(seen.ids()).toEqual(['old-3'])

    log.clear()
    log.append('new-1', 'new-2', 'new-3', 'new-4')
    hub.catchUp(4) // position 4 follows 3, yet it is another log's
    await hub.settled()
    expect(seen.ids()).toEqual(['new-1', 'new-2', 'new-3', 'new-4'])
    expect(seen.clears()).toBe(1)
  })

  it('delivers each event once when its own commit and another tab’s message cross', async () => {
    const log = scriptedLog()
    const hub = createSubscriptionHub(log.options)
    const seen = subscriberView(hub)
    await hub.settled()
    const theirs = log.append('theirs-1')
    const before = log.last()
    const mine = log.append('mine-2')
    hub.publish(mine, before) // heard before the other tab's message
    hub.catchUp(theirs[0]?.position)
    await hub.settled()
    expect(seen.ids()).toEqual(['theirs-1', 'mine-2'])
    expect(seen.clears()).toBe(0)
  })

  it('delivers a replacing import from what was written, without reading the new log back', async () => {
    const log = scriptedLog()
    log.append('old-1', 'old-2')
    let reads = 0
    const hub = createSubscriptionHub({
      ...log.options,
      readFrom: (fromPosition) => {
        reads += 1
        return log.options.readFrom(fromPosition)
      },
    })
    const seen = subscriberView(hub)
    await hub.settled()
    log.clear()
    hub.cleared(log.append('new-1', 'new-2', 'new-3'))
    await hub.settled()
    expect(seen.ids()).toEqual(['new-1', 'new-2', 'new-3'])
    expect(seen.clears()).toBe(1)
    expect(reads).toBe(0)
  })

  it('fault 17: delivers appends another tab announced while this store was still opening', async () => {
    const log = scriptedLog()
    log.append('before-1')
    let open = () => undefined as void
    const opened = new Promise<void>((resolve) => (open = resolve))
    // The database opens lazily: the hub reads the last event only once it has opened.
    const hub = createSubscriptionHub({ ...log.options, readLast: () => opened.then(log.options.readLast) })
    const seen = subscriberView(hub)
    log.append('during-2', 'during-3')
    hub.catchUp(2)
    open()
    await hub.settled()
    expect(seen.ids()).toEqual(['during-2', 'during-3'])
    // An announcement of what was there before the store opened is not delivered again.
    hub.catchUp(1)
    await hub.settled()
    expect(seen.ids()).toEqual(['during-2', 'during-3'])
  })
})

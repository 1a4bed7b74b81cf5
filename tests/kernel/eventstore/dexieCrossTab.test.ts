import { afterEach, describe, expect, it, vi } from 'vitest'
import { StoreClosedError, type EventStore, type RecordedEvent } from '../../../src/kernel/eventstore'
import { event } from './contract'
import { waitFor } from '../../kit/waiting'
import { dexieConnections } from './dexieConnections'
import { importLog } from './importContract'

/** A BroadcastChannel whose messages arrive `delayMs` late, as a busy tab's do. */
function lateChannel(delayMs: number): typeof BroadcastChannel {
  return class LateChannel extends BroadcastChannel {
    override set onmessage(handler: ((message: MessageEvent) => void) | null) {
      super.onmessage = handler && ((message: MessageEvent) => setTimeout(() => handler.call(this, message), delayMs))
    }
  }
}

/** What a tab's subscriber believes the log is: it starts empty and forgets everything on a clear. */
function tabView(store: EventStore) {
  let view: RecordedEvent[] = []
  store.subscribe((events) => (view = [...view, ...events]))
  store.onCleared(() => (view = []))
  return () => view.map((recorded) => [recorded.position, recorded.eventId])
}

describe('Dexie adapter: faults between tabs', () => {
  const { connect, freshName } = dexieConnections('cross-tab')
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  describe('fault 13: a write that committed is never reported as failed', () => {
    it('an append in flight when another tab upgrades the database resolves, and its event is stored', async () => {
      const name = freshName()
      const store = connect(name, 'old-tab')
      await store.append('Counter-a', [event('CounterOpened')])
      const appending = store.append('Counter-a', [event('Bumped', { n: 2 })], { expectedVersion: 1 })
      // Another tab opens a newer schema while the append is in flight: this tab lets go of the database.
      const newer = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name, 1000)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error ?? new Error('open failed'))
      })
      const outcome = await appending.then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      )
      const count = await new Promise<number>((resolve) => {
        const counting = newer.transaction('events').objectStore('events').count()
        counting.onsuccess = () => resolve(counting.result)
      })
      newer.close()
      // Either it committed and says so, or it did not and says that: never a stored event reported as lost.
      if ('error' in outcome) {
        expect(outcome.error).toBeInstanceOf(StoreClosedError)
        expect(count).toBe(1)
      } else expect({ ...outcome.result, count }).toEqual({ nextExpectedVersion: 2, lastPosition: 2, count: 2 })
    })

    it.each([
      ['an append', (store: EventStore) => store.append('Counter-a', [event()])],
      ['an import', (store: EventStore) => store.importEvents(importLog(1, 2))],
      ['a replacing import', (store: EventStore) => store.importEvents(importLog(1, 2), { replace: true })],
      ['a clear', (store: EventStore) => store.clear()],
    ])('%s resolves when telling the other tabs fails after the commit', async (_, write) => {
      const store = connect(freshName(), 'tab')
      await store.append('Counter-x', [event('CounterOpened')])
      vi.spyOn(BroadcastChannel.prototype, 'postMessage').mockImplementation(() => {
        throw new DOMException(
          "Failed to execute 'postMessage' on 'BroadcastChannel': Channel is closed",
          'InvalidStateError',
        )
      })
      await expect(write(store)).resolves.not.toThrow()
      expect(BroadcastChannel.prototype.postMessage).toHaveBeenCalled()
    })
  })

  it('fault 14: a tab whose messages arrive late still shows its own append made right after another tab’s reset', async () => {
    const name = freshName()
    vi.stubGlobal('BroadcastChannel', lateChannel(300))
    const tabA = connect(name, 'tab-a')
    const observer = connect(name, 'observer')
    vi.unstubAllGlobals()
    const tabB = connect(name, 'tab-b')
    const viewOfA = tabView(tabA)
    const viewOfObserver = tabView(observer)
    for (let n = 0; n < 5; n += 1) await tabA.append('Counter-a', [event()])
    await waitFor(viewOfA, (view) => view.length === 5)

    await tabB.clear()
    await tabA.append('Counter-a', [event('CounterOpened')], { expectedVersion: 'no_stream' })
    const stored = (await tabA.readAll()).map((recorded) => [recorded.position, recorded.eventId])
    expect(stored).toHaveLength(1)
    // Past the late "cleared" message, and then some: both tabs must show the store's one event.
    await new Promise((resolve) => setTimeout(resolve, 450))
    expect(viewOfA()).toEqual(stored)
    expect(await waitFor(viewOfObserver, (view) => view.length === 1)).toEqual(stored)
  })

  it('fault 17: a subscriber attached as soon as the store is created hears appends made while it opens', async () => {
    const name = freshName()
    const writer = connect(name, 'writer')
    await writer.append('Counter-a', [event('CounterOpened')])
    const reader = connect(name, 'reader')
    const heard: number[] = []
    reader.subscribe((events) => heard.push(...events.map((recorded) => recorded.position)))
    // The reader's database opens lazily; the writer appends before that has happened.
    await writer.append('Counter-a', [event(), event()])
    await writer.append('Counter-b', [event('CounterOpened')])
    expect(
      await waitFor(
        () => heard,
        (positions) => positions.length >= 3,
      ),
    ).toEqual([2, 3, 4])
  })
})

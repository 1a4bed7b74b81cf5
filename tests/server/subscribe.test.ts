import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { RoomFeed } from '../../server/feed/roomFeed'
import { streamEvents } from '../../server/http/subscribe'
import type { RoomStore } from '../../server/store/roomStore'

/** One subscribe request and its hijacked response, as streamEvents sees them. */
function subscribeConnection() {
  const written: string[] = []
  const request = { raw: new EventEmitter() }
  const raw = Object.assign(new EventEmitter(), {
    destroyed: false,
    writeHead: () => undefined,
    write: (text: string) => written.push(text) > 0,
  })
  return {
    request,
    reply: { hijack: () => undefined, raw },
    written,
    close() {
      raw.destroyed = true
      request.raw.emit('close')
    },
  }
}

describe('a subscribe connection', () => {
  it('that closes while the feed is busy is not kept as a subscriber once the feed gets to it', async () => {
    let openStore = () => undefined as void
    const storeOpened = new Promise<void>((resolve) => (openStore = resolve))
    const store = {
      lastEvent: async () => {
        await storeOpened
        return undefined
      },
      readAll: async () => [],
      eventAt: async () => undefined,
    } as unknown as RoomStore
    const feed = new RoomFeed(store, (error) => {
      throw error
    })
    const closed = subscribeConnection()
    const live = subscribeConnection()
    streamEvents(closed.request as never, closed.reply as never, feed, 0, undefined, {})
    streamEvents(live.request as never, live.reply as never, feed, 0, undefined, {})
    closed.close()
    openStore()
    // Queued after both adds: once it is done, so are they.
    await feed.grew()
    expect(feed.size).toBe(1)
    expect(closed.written).toEqual([])
    expect(live.written).toEqual(['event: ready\ndata: {"position":0}\n\n'])
    live.close()
    expect(feed.size).toBe(0)
  })
})

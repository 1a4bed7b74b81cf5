import pg from 'pg'
import { roomStore } from '../store/roomStore'
import { RoomFeed } from './roomFeed'

export interface RoomFeeds {
  /** The feed of the room whose events are in `schema`, made on first use. */
  feedOf(schema: string): RoomFeed
  /** Resolves once LISTEN is in place (again, after a reconnect). */
  ready(): Promise<void>
  close(): Promise<void>
}

/**
 * One LISTEN connection for every room: the rooms' triggers notify `playground_events` with the
 * schema whose log grew ("cleared:<schema>" when it was emptied), delivered at commit in commit
 * order. When the connection drops (PostgreSQL restarted) it reconnects with a growing delay,
 * and every feed then reads what was committed meanwhile: no subscriber misses an event.
 */
export function createRoomFeeds(pool: pg.Pool, connectionString: string, onError: (error: unknown) => void): RoomFeeds {
  const feeds = new Map<string, RoomFeed>()
  let client: pg.Client | null = null
  let closed = false
  let delay = 100
  let readyNow: Promise<void>
  let timer: NodeJS.Timeout | undefined

  const feedOf = (schema: string): RoomFeed => {
    let feed = feeds.get(schema)
    if (!feed) {
      feed = new RoomFeed(roomStore(pool, schema), onError)
      feeds.set(schema, feed)
    }
    return feed
  }

  const connect = async (): Promise<void> => {
    const listener = new pg.Client({ connectionString })
    listener.on('notification', (message) => {
      const payload = message.payload ?? ''
      if (payload.startsWith('cleared:')) void feeds.get(payload.slice('cleared:'.length))?.cleared()
      else void feeds.get(payload)?.grew()
    })
    const retry = () => {
      if (closed || client !== listener) return
      client = null
      listener.removeAllListeners('error')
      listener.on('error', () => undefined)
      void listener.end().catch(() => undefined)
      timer = setTimeout(() => {
        readyNow = connect()
      }, delay)
      delay = Math.min(delay * 2, 5_000)
    }
    listener.on('error', retry)
    listener.on('end', retry)
    client = listener
    try {
      await listener.connect()
      await listener.query('LISTEN playground_events')
      delay = 100
      // Whatever was committed while nobody listened.
      for (const feed of feeds.values()) void feed.grew()
    } catch {
      retry()
      // The next attempt resolves `ready` again; this one is over.
    }
  }

  readyNow = connect()
  return {
    feedOf,
    ready: () => readyNow,
    async close() {
      closed = true
      clearTimeout(timer)
      const listener = client
      client = null
      await listener?.end().catch(() => undefined)
    },
  }
}

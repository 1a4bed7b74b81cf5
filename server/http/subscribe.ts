import type { FastifyReply, FastifyRequest } from 'fastify'
import type { RecordedEvent } from '../../src/kernel/eventstore'
import type { RoomFeed, Subscriber } from '../feed/roomFeed'

/** A comment line every so often keeps proxies and browsers from closing a quiet stream. */
const KEEP_ALIVE_MS = 15_000

/**
 * Server-Sent Events of a room's log: `events` messages (a JSON array, the `id` its last
 * position), `cleared` when the room was emptied, and `ready` once the subscriber is caught up
 * to where the room stood when it connected. The client resumes with `?from=<last position>&after=<its event id>`.
 */
export function streamEvents(
  request: FastifyRequest,
  reply: FastifyReply,
  feed: RoomFeed,
  from: number,
  after: string | undefined,
  headers: Record<string, string>,
): void {
  reply.hijack()
  const raw = reply.raw
  raw.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  })
  const write = (text: string) => {
    if (!raw.destroyed) raw.write(text)
  }
  const subscriber: Subscriber = {
    position: from,
    send(events: readonly RecordedEvent[]) {
      write(`event: events\nid: ${events.at(-1)?.position ?? 0}\ndata: ${JSON.stringify(events)}\n\n`)
    },
    sendCleared() {
      write('event: cleared\ndata: {}\n\n')
    },
  }
  const keepAlive = setInterval(() => write(': keep-alive\n\n'), KEEP_ALIVE_MS)
  let gone = false
  const stop = () => {
    gone = true
    clearInterval(keepAlive)
    feed.remove(subscriber)
  }
  request.raw.on('close', stop)
  raw.on('error', stop)
  void feed.add(subscriber, after).then(() => {
    // A connection that closed while it waited in the feed's queue was added after its removal.
    if (gone) feed.remove(subscriber)
    else write(`event: ready\ndata: ${JSON.stringify({ position: subscriber.position })}\n\n`)
  })
}

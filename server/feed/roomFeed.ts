import type { RecordedEvent } from '../../src/kernel/eventstore'
import type { RoomStore } from '../store/roomStore'

/** How many of the newest events a feed keeps in memory for subscribers that are nearly caught up. */
const RECENT = 5_000
/** Events per read when a subscriber catches up from further back, and per message sent. */
const PAGE = 1_000

/** One connection that hears a room's events, from a position on. */
export interface Subscriber {
  /** The last position this subscriber was sent (0: none). */
  position: number
  send(events: readonly RecordedEvent[]): void
  /** The room's log was emptied (and perhaps refilled): what follows starts again at position 1. */
  sendCleared(): void
}

/**
 * A room's committed events, told to its subscribers in position order with no gaps and no
 * repeats. Everything a feed does runs in one queue: reading what is new after a notice,
 * starting a subscriber from where it resumes, and the room being emptied.
 */
export class RoomFeed {
  private readonly subscribers = new Set<Subscriber>()
  private recent: RecordedEvent[] = []
  /** The last event read: the feed's anchor. */
  private tail: { position: number; eventId: string } | null = null
  private queue: Promise<void> = Promise.resolve()
  private started = false
  /** A read of what is new that is queued and not begun: later notices need no other. */
  private pendingRead: Promise<void> | null = null

  constructor(
    private readonly store: RoomStore,
    private readonly onError: (error: unknown) => void,
  ) {}

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch(this.onError)
    return this.queue
  }

  private reset(): void {
    this.recent = []
    this.tail = null
    for (const subscriber of this.subscribers) {
      subscriber.position = 0
      subscriber.sendCleared()
    }
  }

  /** Reads what was committed after the tail; if the tail's event is gone the log was replaced. */
  private async readNew(): Promise<void> {
    if (!this.started) {
      const last = await this.store.lastEvent()
      this.tail = last ? { position: last.position, eventId: last.eventId } : null
      this.started = true
      return
    }
    for (;;) {
      const from = this.tail?.position ?? 1
      const page = await this.store.readAll(from, PAGE + 1)
      if (this.tail) {
        if (page[0]?.eventId !== this.tail.eventId) {
          this.reset()
          continue
        }
        page.shift()
      }
      const last = page.at(-1)
      if (!last) return
      this.recent.push(...page)
      if (this.recent.length > RECENT) this.recent = this.recent.slice(-RECENT)
      this.tail = { position: last.position, eventId: last.eventId }
      if (page.length < PAGE) return
    }
  }

  /** Sends a subscriber everything from its position to the tail. */
  private async pump(subscriber: Subscriber): Promise<void> {
    const tail = this.tail?.position ?? 0
    while (subscriber.position < tail && this.subscribers.has(subscriber)) {
      const first = this.recent[0]
      const page =
        first && first.position <= subscriber.position + 1
          ? this.recent.slice(subscriber.position + 1 - first.position, subscriber.position + 1 - first.position + PAGE)
          : (await this.store.readAll(subscriber.position + 1, PAGE)).filter((event) => event.position <= tail)
      const last = page.at(-1)
      if (!last) return
      subscriber.send(page)
      subscriber.position = last.position
    }
  }

  /** PostgreSQL said the room's log grew: read it and tell everyone. */
  grew(): Promise<void> {
    this.pendingRead ??= this.enqueue(async () => {
      this.pendingRead = null
      await this.readNew()
      for (const subscriber of this.subscribers) await this.pump(subscriber)
    })
    return this.pendingRead
  }

  /** The room was emptied (a clear, or an import that replaces the log). */
  cleared(): Promise<void> {
    return this.enqueue(async () => {
      if (!this.started) return this.readNew()
      this.reset()
      await this.readNew()
      for (const subscriber of this.subscribers) await this.pump(subscriber)
    })
  }

  /**
   * Adds a subscriber that resumes after `after` (an event at `subscriber.position`). When that
   * event is not there any more, the log was replaced meanwhile: it hears "cleared" and starts at 1.
   */
  add(subscriber: Subscriber, after: string | undefined): Promise<void> {
    return this.enqueue(async () => {
      await this.readNew()
      if (subscriber.position > 0) {
        // Past the room's last event, the client remembers a log that was replaced by a shorter one.
        const known = subscriber.position <= (this.tail?.position ?? 0)
        const anchor = known ? await this.store.eventAt(subscriber.position) : undefined
        if (!anchor || (after !== undefined && anchor.eventId !== after)) {
          subscriber.position = 0
          subscriber.sendCleared()
        }
      }
      this.subscribers.add(subscriber)
      await this.pump(subscriber)
    })
  }

  remove(subscriber: Subscriber): void {
    this.subscribers.delete(subscriber)
  }

  get size(): number {
    return this.subscribers.size
  }
}

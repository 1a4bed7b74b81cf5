import type { EventListener, RecordedEvent } from './types'

/** An event's place in the log: its position, and its id to tell it from a later event at that position. */
export type LogPlace = Pick<RecordedEvent, 'position' | 'eventId'>

export interface SubscriptionHub {
  subscribe(listener: EventListener): () => void
  /**
   * Announces events this connection just committed. `previous` is the event the store held just
   * before them (undefined: they begin the log), as read inside the committing transaction.
   */
  publish(records: readonly RecordedEvent[], previous: LogPlace | undefined): void
  /** Another connection committed events from `firstPosition` on: read what is new and deliver it. */
  catchUp(firstPosition?: number): void
  /**
   * The store was emptied: clear listeners hear it, and delivery starts again from position 1.
   * `refill`: what this connection wrote in the same transaction (a replacing import), delivered
   * as it is instead of read back.
   */
  cleared(refill?: readonly RecordedEvent[]): void
  onCleared(listener: () => void): () => void
  /** Resolves once every announcement made so far has been delivered. */
  settled(): Promise<void>
  close(): void
}

export interface SubscriptionHubOptions {
  /** The last event committed when the store opened (undefined: none): delivery starts after it. */
  readonly readLast: () => Promise<RecordedEvent | undefined>
  /** Reads every event with position >= fromPosition, ascending. */
  readonly readFrom: (fromPosition: number) => Promise<readonly RecordedEvent[]>
  readonly onListenerError: (error: unknown) => void
}

/** Where delivery stands: after this event (null: before the first). An unknown id is taken on trust. */
type Anchor = { readonly position: number; readonly eventId?: string } | null

const placeOf = (record: LogPlace | undefined): Anchor =>
  record ? { position: record.position, eventId: record.eventId } : null

/**
 * Calls every listener of a set (a copy: one may unsubscribe while being told); one that throws is
 * reported and the others are still told.
 */
export function tellAll<Listener>(
  each: ReadonlySet<Listener>,
  call: (listener: Listener) => void,
  onListenerError: (error: unknown) => void,
): void {
  for (const listener of [...each]) {
    try {
      call(listener)
    } catch (error) {
      onListenerError(error)
    }
  }
}

/**
 * Delivers committed events to listeners in position order with no gaps and no repeats,
 * whatever order the announcements arrive in: one queue, and one anchor, the last event
 * delivered. The log can be emptied and refilled by another tab while this one hears of it
 * late (a busy tab's messages can lag by hundreds of milliseconds), so positions alone cannot
 * be trusted: whenever what arrives does not follow the anchor, the hub reads the store from
 * the anchor, and if the anchor is gone the log was replaced: clear listeners hear it and
 * delivery starts again from position 1.
 */
export function createSubscriptionHub(options: SubscriptionHubOptions): SubscriptionHub {
  const listeners = new Set<EventListener>()
  const clearListeners = new Set<() => void>()
  let anchor: Anchor = null
  /** The last position when the hub started: events up to it were never delivered. */
  let startPosition = 0
  let closed = false

  const deliver = (batch: readonly RecordedEvent[]): void => {
    const after = anchor?.position ?? 0
    const fresh = batch.filter((record) => record.position > after)
    const last = fresh[fresh.length - 1]
    if (!last) return
    anchor = placeOf(last)
    tellAll(listeners, (listener) => listener(fresh), options.onListenerError)
  }

  const restart = (): void => {
    anchor = null
    startPosition = 0
    tellAll(clearListeners, (listener) => listener(), options.onListenerError)
  }

  /** Reads the store from the anchor on and delivers what is new; starts over if the anchor is gone. */
  const pull = async (): Promise<void> => {
    if (anchor === null) return deliver(await options.readFrom(1))
    const records = await options.readFrom(anchor.position)
    const first = records[0]
    const anchorHolds =
      first !== undefined && first.position === anchor.position && (anchor.eventId ?? first.eventId) === first.eventId
    if (anchorHolds) return deliver(records)
    restart()
    deliver(await options.readFrom(1))
  }

  let queue: Promise<void> = options.readLast().then((last) => {
    anchor = placeOf(last)
    startPosition = anchor?.position ?? 0
  })
  const enqueue = (task: () => Promise<void> | void): void => {
    queue = queue
      .then(() => (closed ? undefined : task()))
      .catch((error: unknown) => {
        if (!closed) options.onListenerError(error)
      })
  }

  return {
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    publish(records, previous) {
      enqueue(() => {
        if (records.length === 0) return undefined
        const follows =
          previous === undefined
            ? anchor === null
            : anchor !== null && anchor.position === previous.position && anchor.eventId === previous.eventId
        return follows ? deliver(records) : pull()
      })
    },
    catchUp(firstPosition) {
      enqueue(() => {
        // Announced after this hub existed, yet already in the log when it started (the database
        // opens lazily): deliver from there, if nothing has been delivered since the start.
        if (firstPosition !== undefined && firstPosition <= startPosition && anchor?.position === startPosition) {
          anchor = firstPosition > 1 ? { position: firstPosition - 1 } : null
          startPosition = 0
        }
        return pull()
      })
    },
    cleared(refill) {
      enqueue(() => {
        restart()
        if (refill) return deliver(refill)
        // Whatever was committed after the clear, here or in another tab, is read now.
        return pull()
      })
    },
    onCleared(listener) {
      clearListeners.add(listener)
      return () => clearListeners.delete(listener)
    },
    settled: () => queue,
    close() {
      closed = true
      listeners.clear()
      clearListeners.clear()
    },
  }
}

import type { EventListener, RecordedEvent } from './types'

export interface SubscriptionHub {
  subscribe(listener: EventListener): () => void
  /** Announces events this connection just committed. */
  publish(records: readonly RecordedEvent[]): void
  /** Another connection committed something: read what is new and deliver it. */
  catchUp(): void
  /** The store was emptied: delivery starts again from position 1, and clear listeners hear it. */
  cleared(): void
  onCleared(listener: () => void): () => void
  /** Resolves once every announcement made so far has been delivered. */
  settled(): Promise<void>
  close(): void
}

export interface SubscriptionHubOptions {
  /** The last position committed when the store opened: delivery starts after it. */
  readonly startPosition: () => Promise<number>
  /** Reads every event with position >= fromPosition, ascending. */
  readonly readFrom: (fromPosition: number) => Promise<readonly RecordedEvent[]>
  readonly onListenerError: (error: unknown) => void
}

/**
 * Delivers committed events to listeners in position order with no gaps and no repeats,
 * whatever order the announcements arrive in: one queue, one cursor (`delivered`).
 */
export function createSubscriptionHub(options: SubscriptionHubOptions): SubscriptionHub {
  const listeners = new Set<EventListener>()
  const clearListeners = new Set<() => void>()
  let delivered = 0
  let closed = false
  let queue: Promise<void> = options.startPosition().then((position) => {
    delivered = position
  })

  const deliver = (batch: readonly RecordedEvent[]): void => {
    const fresh = batch.filter((record) => record.position > delivered)
    const last = fresh[fresh.length - 1]
    if (!last) return
    delivered = last.position
    for (const listener of [...listeners]) {
      try {
        listener(fresh)
      } catch (error) {
        options.onListenerError(error)
      }
    }
  }

  const pull = async (): Promise<void> => {
    deliver(await options.readFrom(delivered + 1))
  }

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
    publish(records) {
      enqueue(() => {
        const first = records[0]
        if (!first) return undefined
        return first.position === delivered + 1 ? deliver(records) : pull()
      })
    },
    catchUp() {
      enqueue(pull)
    },
    cleared() {
      enqueue(() => {
        delivered = 0
        for (const listener of [...clearListeners]) {
          try {
            listener()
          } catch (error) {
            options.onListenerError(error)
          }
        }
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

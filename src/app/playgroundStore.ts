import { createStore, type StoreApi } from 'zustand/vanilla'
import type { OrderCommand } from '../domain/order'
import type { EventStore, RecordedEvent } from '../eventstore'
import { describeCommandError } from './describeError'
import { handleOrderCommand } from './orderCommands'

export type LoadStatus = 'loading' | 'ready' | 'failed'

export interface PlaygroundState {
  readonly sessionId: string
  readonly loadStatus: LoadStatus
  /** Every event in the store, in position order. Events enter only through the store's subscribe. */
  readonly events: readonly RecordedEvent[]
  /** The last command's failure, in words; null after a command succeeds. */
  readonly commandError: string | null
  readonly pendingCommand: boolean
  /** Subscribes to the event store and loads what it holds. Returns a function that stops listening. */
  start(): () => void
  /** Sends a command through the one command handler. Resolves true when events were appended. */
  send(command: OrderCommand): Promise<boolean>
  dismissError(): void
}

export type PlaygroundStore = StoreApi<PlaygroundState>

/** Appends only events past the last known position, so overlapping deliveries never duplicate. */
function mergeByPosition(
  known: readonly RecordedEvent[],
  incoming: readonly RecordedEvent[],
): readonly RecordedEvent[] {
  const lastKnown = known[known.length - 1]?.position ?? 0
  const fresh = incoming.filter((event) => event.position > lastKnown)
  return fresh.length === 0 ? known : [...known, ...fresh]
}

/** A fresh app store around an event store: one per page, and one per test. */
export function createPlaygroundStore(eventStore: EventStore, sessionId: string): PlaygroundStore {
  return createStore<PlaygroundState>()((set, get) => ({
    sessionId,
    loadStatus: 'loading',
    events: [],
    commandError: null,
    pendingCommand: false,

    start() {
      // Subscribe first, then read: whatever lands in between arrives through one or the other.
      const unsubscribe = eventStore.subscribe((incoming) => set({ events: mergeByPosition(get().events, incoming) }))
      eventStore
        .readAll()
        .then((stored) => set({ events: mergeByPosition(stored, get().events), loadStatus: 'ready' }))
        .catch((error: unknown) => set({ loadStatus: 'failed', commandError: describeCommandError(error) }))
      return unsubscribe
    },

    async send(command) {
      set({ pendingCommand: true })
      try {
        await handleOrderCommand(eventStore, command, { sessionId })
        set({ commandError: null, pendingCommand: false })
        return true
      } catch (error) {
        set({ commandError: describeCommandError(error), pendingCommand: false })
        return false
      }
    },

    dismissError() {
      set({ commandError: null })
    },
  }))
}

import type { EventStore } from '../../kernel/eventstore'
import type { PlaygroundState, StoreMessageOrigin } from '../state'

/** What a group of the app store's actions works with. */
export interface StoreActionContext {
  readonly eventStore: EventStore
  readonly get: () => PlaygroundState
  readonly set: (partial: Partial<PlaygroundState>) => void
  /** Runs a store action: its sentence becomes the Store panel's message, an error becomes an alert. */
  readonly runStoreAction: (work: () => Promise<string>, from?: StoreMessageOrigin) => Promise<boolean>
}

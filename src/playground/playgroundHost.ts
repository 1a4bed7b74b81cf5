import type { AnyDomainModule } from '../kernel/domainModule'
import type { EventStore } from '../kernel/eventstore'
import { createDomainRegistry } from '../kernel/replayStream'
import { createPlaygroundStore, type PlaygroundStoreOptions } from './createPlayground'
import type { PlaygroundStore } from './state'

/**
 * The page's playground, remade when the domains change (a learner's module runs): a new app
 * store over the same event store, so the timeline, the read models and the forms all come from
 * the new code. The log it already read is handed over, not read again; the chosen domain, the
 * storage facts and the snapshot setting carry over.
 */
export interface PlaygroundHost {
  current(): PlaygroundStore
  subscribe(listener: () => void): () => void
  /** Plays with the built-in domains and these learner modules; `focus` is the category to show. */
  setLearnerModules(modules: readonly AnyDomainModule[], focus?: string): void
}

export function createPlaygroundHost(
  eventStore: EventStore,
  sessionId: string,
  builtIn: readonly AnyDomainModule[],
  learner: readonly AnyDomainModule[],
  { initialLog, initialLatest, ...options }: Omit<PlaygroundStoreOptions, 'domains'>,
): PlaygroundHost {
  const listeners = new Set<() => void>()
  // The first read is the first store's only: kept here, it would hold every event it read, twice over the log.
  let store = createPlaygroundStore(eventStore, sessionId, {
    ...options,
    ...(initialLog ? { initialLog } : {}),
    ...(initialLatest ? { initialLatest } : {}),
    domains: createDomainRegistry([...builtIn, ...learner]),
  })
  return {
    current: () => store,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    setLearnerModules(modules, focus) {
      const before = store.getState()
      // This store takes the log the previous one already holds.
      const next = createPlaygroundStore(eventStore, sessionId, {
        ...options,
        domains: createDomainRegistry([...builtIn, ...modules]),
        initialDomain: focus ?? before.domain.category,
        ...(before.loadStatus === 'ready' ? { initialLog: Promise.resolve([...before.log.events]) } : {}),
      })
      next.setState({ storage: before.storage, snapshotEvery: before.snapshotEvery })
      store = next
      for (const listener of listeners) listener()
    },
  }
}

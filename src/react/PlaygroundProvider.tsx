import type { AnyDomainModule } from '../kernel/domainModule'
import type { DomainRegistry } from '../kernel/replayStream'
import { createContext, useContext, useEffect, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { PlaygroundState, PlaygroundStore } from '../playground/state'

const PlaygroundContext = createContext<PlaygroundStore | null>(null)

/** Hands one app store down to the panels and starts it (subscribe, then load). */
export function PlaygroundProvider({ store, children }: { store: PlaygroundStore; children: ReactNode }) {
  useEffect(() => store.getState().start(), [store])
  return <PlaygroundContext.Provider value={store}>{children}</PlaygroundContext.Provider>
}

/** Reads app state through a selector. Panels use this and nothing else to read. */
export function usePlayground<T>(selector: (state: PlaygroundState) => T): T {
  const store = useContext(PlaygroundContext)
  if (!store) throw new Error('usePlayground must be used inside <PlaygroundProvider>')
  return useStore(store, selector)
}

/** The app store itself, for a hook that follows changes without rendering (the URL's view). */
export function usePlaygroundStore(): PlaygroundStore {
  const store = useContext(PlaygroundContext)
  if (!store) throw new Error('usePlaygroundStore must be used inside <PlaygroundProvider>')
  return store
}

/** The domains the playground folds, by category: how a panel finds a stream's module. */
export function useDomains(): DomainRegistry {
  return usePlayground((state) => state.domains)
}

/** The domain the forms, the replayed state and the lab work on. */
export function useDomain(): AnyDomainModule {
  return usePlayground((state) => state.domain)
}

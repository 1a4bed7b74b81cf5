import { useCallback, useSyncExternalStore } from 'react'
import { usePlayground } from '../react/PlaygroundProvider'
import { parseHash } from './url/viewParams'

export type View = 'playground' | 'lab' | 'exercises'

/** Hash routes work from a server and from file:// alike. */
export const VIEW_HASHES: Record<View, string> = { playground: '#/', lab: '#/conflict-lab', exercises: '#/exercises' }

function currentView(): View {
  const { route } = parseHash(window.location.hash)
  if (route === VIEW_HASHES.lab) return 'lab'
  if (route === VIEW_HASHES.exercises) return 'exercises'
  return 'playground'
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The view named by the URL's hash. */
export function useHashRoute(): View {
  return useSyncExternalStore(subscribe, currentView, () => 'playground')
}

/** The domain the URL names (its category), if any: read once when the page starts. */
export function domainInUrl(): string | null {
  return parseHash(window.location.hash).params.get('domain')
}

/** A view's address with the chosen domain kept in it, so following a link keeps the domain. */
export function viewHref(view: View, domain: string): string {
  return `${VIEW_HASHES[view]}?domain=${encodeURIComponent(domain)}`
}

/** `viewHref` for the playground's chosen domain. */
export function useViewHref(): (view: View) => string {
  const domain = usePlayground((state) => state.domain.category)
  return useCallback((view: View) => viewHref(view, domain), [domain])
}

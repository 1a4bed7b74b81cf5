import { useCallback, useSyncExternalStore } from 'react'
import { usePlayground } from '../react/PlaygroundProvider'
import { parseHash } from './url/viewParams'

export type View = 'playground' | 'lab' | 'exercises' | 'build'

/** What the hash shows: a view, or a log opened from a shared link. */
export type Route = View | 'shared'

/** Hash routes work from a server and from file:// alike. */
export const VIEW_HASHES: Record<View, string> = {
  playground: '#/',
  lab: '#/conflict-lab',
  exercises: '#/exercises',
  build: '#/build',
}

/** A shared log's route: the compressed log follows it (`#/shared/<log>`), in the fragment, never sent to a server. */
export const SHARED_LOG_ROUTE = '#/shared/'

function currentRoute(): Route {
  const { route } = parseHash(window.location.hash)
  if (route.startsWith(SHARED_LOG_ROUTE)) return 'shared'
  if (route === VIEW_HASHES.lab) return 'lab'
  if (route === VIEW_HASHES.exercises) return 'exercises'
  if (route === VIEW_HASHES.build) return 'build'
  return 'playground'
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The view named by the URL's hash. */
export function useHashRoute(): Route {
  return useSyncExternalStore(subscribe, currentRoute, () => 'playground')
}

/** The domain the URL names (its category), if any: read once when the page starts. */
export function domainInUrl(): string | null {
  return parseHash(window.location.hash).params.get('domain')
}

/** The compressed log of a shared link this page was opened on, if any. */
export function sharedLogInUrl(): string | null {
  const { route } = parseHash(window.location.hash)
  return route.startsWith(SHARED_LOG_ROUTE) ? route.slice(SHARED_LOG_ROUTE.length) : null
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

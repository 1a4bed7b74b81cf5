import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react'
import { usePlayground } from '../react/PlaygroundProvider'

export type View = 'playground' | 'lab' | 'exercises'

/** Hash routes work from a server and from file:// alike. */
export const VIEW_HASHES: Record<View, string> = { playground: '#/', lab: '#/conflict-lab', exercises: '#/exercises' }

/** The hash's route and its `domain` parameter: `#/conflict-lab?domain=Account`. */
function parseHash(hash: string): { route: string; domain: string | null } {
  const [route = '', query = ''] = hash.split('?')
  return { route: route || '#/', domain: new URLSearchParams(query).get('domain') }
}

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
  return parseHash(window.location.hash).domain
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

/** Puts `domain` into the current URL's hash, without a new history entry. */
function writeDomainToUrl(domain: string): void {
  const { route, domain: named } = parseHash(window.location.hash)
  if (named === domain) return
  const url = `${window.location.pathname}${window.location.search}${route}?domain=${encodeURIComponent(domain)}`
  window.history.replaceState(window.history.state, '', url)
}

/** Keeps the chosen domain in the URL, and follows a URL that names another (edited, or Back). */
export function useDomainInUrl(): void {
  const domain = usePlayground((state) => state.domain.category)
  const setDomain = usePlayground((state) => state.setDomain)
  const shown = useRef(domain)
  useEffect(() => {
    shown.current = domain
    writeDomainToUrl(domain)
  }, [domain])
  useEffect(() => {
    const follow = () => {
      const named = domainInUrl()
      if (named) setDomain(named)
      // A missing or unknown domain: the URL says the one shown (the store has already changed, its render not yet).
      setTimeout(() => writeDomainToUrl(shown.current), 0)
    }
    window.addEventListener('hashchange', follow)
    return () => window.removeEventListener('hashchange', follow)
  }, [setDomain])
}

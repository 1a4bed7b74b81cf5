import { useSyncExternalStore } from 'react'

export type View = 'playground' | 'lab'

/** Hash routes work from a server and from file:// alike. */
export const VIEW_HASHES: Record<View, string> = { playground: '#/', lab: '#/conflict-lab' }

function currentView(): View {
  return window.location.hash === VIEW_HASHES.lab ? 'lab' : 'playground'
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

/** The view named by the URL's hash. */
export function useHashRoute(): View {
  return useSyncExternalStore(subscribe, currentView, () => 'playground')
}

import { useSyncExternalStore } from 'react'

export type View = 'playground' | 'lab' | 'exercises'

/** Hash routes work from a server and from file:// alike. */
export const VIEW_HASHES: Record<View, string> = { playground: '#/', lab: '#/conflict-lab', exercises: '#/exercises' }

function currentView(): View {
  const hash = window.location.hash
  if (hash === VIEW_HASHES.lab) return 'lab'
  if (hash === VIEW_HASHES.exercises) return 'exercises'
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

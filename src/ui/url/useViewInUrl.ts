import { useEffect, useRef } from 'react'
import { usePlaygroundStore } from '../../react/PlaygroundProvider'
import type { PlaygroundState } from '../../react/playgroundTypes'
import { applyViewParams, paramsOfView, parseHash } from './viewParams'

/** How long the URL waits after the last change: a dragged slider rewrites it once, not sixty times a second. */
const URL_WRITE_DELAY_MS = 200

/** Puts the view into the current URL's hash, keeping its route, without a new history entry. */
function writeView(state: PlaygroundState): void {
  const { route } = parseHash(window.location.hash)
  const hash = `${route}?${paramsOfView(state).toString()}`
  if (hash === window.location.hash) return
  const url = `${window.location.pathname}${window.location.search}${hash}`
  window.history.replaceState(window.history.state, '', url)
}

const shownPart = (state: PlaygroundState) =>
  [state.domain, state.cursor, state.selectedStreamId, state.selectedPosition, state.filters, state.loadStatus] as const

/**
 * Keeps the view (domain, position, selected stream and event, the log's filters) in the URL, and
 * shows the view a URL names: once the log has loaded (a position needs its events), and again
 * whenever the address is edited or followed (a link to another view, Back). A playground that
 * replaces the first one (when a learner's module runs) writes its view into the URL instead.
 */
export function useViewInUrl(): void {
  const store = usePlaygroundStore()
  const firstStore = useRef(store)
  useEffect(() => {
    // A store made to replace the first one (a learner's module ran) shows its own view: the URL follows it.
    const replacement = store !== firstStore.current
    let timer: ReturnType<typeof setTimeout> | undefined
    let applied = false
    const writeSoon = () => {
      clearTimeout(timer)
      timer = setTimeout(() => writeView(store.getState()), URL_WRITE_DELAY_MS)
    }
    const applyUrl = () => {
      applyViewParams(parseHash(window.location.hash).params, store.getState())
      // What could not be shown (a position past the end) is said as what is shown.
      writeSoon()
    }
    const whenReady = () => {
      if (applied || store.getState().loadStatus !== 'ready') return
      applied = true
      if (replacement) writeSoon()
      else applyUrl()
    }
    const unsubscribe = store.subscribe((state, previous) => {
      whenReady()
      if (!applied) return
      const now = shownPart(state)
      const before = shownPart(previous)
      if (now.some((part, index) => part !== before[index])) writeSoon()
    })
    whenReady()
    const followEdits = () => {
      if (applied) applyUrl()
    }
    window.addEventListener('hashchange', followEdits)
    return () => {
      clearTimeout(timer)
      unsubscribe()
      window.removeEventListener('hashchange', followEdits)
    }
  }, [store])
}

import { useDeferredValue, useMemo } from 'react'
import type { StatesView } from '../kernel/timeline/timeline'
import type { LogView } from '../kernel/timeline/logView'
import { categoryOf, targetIn, type AnyDomainModule, type VersionedState } from '../kernel/domainModule'
import { usePlayground } from './PlaygroundProvider'
import { selectIsLive, selectPosition } from '../playground/selectors'

/**
 * The time-travel position at React's deferred priority: while the slider is dragged, the panels
 * that follow it may skip positions, so the slider itself stays responsive.
 */
export function useDeferredPosition(): number {
  return useDeferredValue(usePlayground(selectPosition))
}

/**
 * Every stream of `category` as of the time-travel position. Recomputed only when the position or the log
 * changes, and at a deferred priority: while the slider is dragged, React may skip positions
 * here so the slider itself stays responsive.
 */
export function useStatesAtCursor<State extends VersionedState>(category: string): StatesView<State> {
  const log = usePlayground((state) => state.log)
  const position = useDeferredPosition()
  return useMemo(() => log.statesAt<State>(category, position), [log, category, position])
}

/** Every stream of `category` as of the last event, recomputed only when events arrive. */
export function useLiveStates<State extends VersionedState>(category: string): StatesView<State> {
  const log = usePlayground((state) => state.log)
  return useMemo(() => log.statesAt<State>(category, log.length), [log, category])
}

/** The selected stream's state as of the cursor, or the first stream's when none is selected. */
export function useSelectedState<State>(states: StatesView<State>): { streamId: string | null; state: State | null } {
  const selected = usePlayground((state) => state.selectedStreamId)
  const streamId = selected ?? states.keys().next().value ?? null
  return { streamId, state: streamId === null ? null : (states.get(streamId) ?? null) }
}

/** How many streams (of every category) the log holds. */
export function useStreamCount(): number {
  return usePlayground((state) => state.log.streamCount)
}

/** How many streams each registered domain has in the log, in the registry's order, and how many no domain reads. */
export function useStreamCountsByDomain(): {
  readonly byDomain: readonly { readonly title: string; readonly count: number }[]
  readonly other: number
} {
  const log = usePlayground((state) => state.log)
  const domains = usePlayground((state) => state.domains)
  return useMemo(() => {
    const counts = new Map<string, number>()
    for (const streamId of log.streamIds()) {
      const category = categoryOf(streamId)
      counts.set(category, (counts.get(category) ?? 0) + 1)
    }
    const byDomain = domains.modules.map((module) => ({ title: module.title, count: counts.get(module.category) ?? 0 }))
    const known = byDomain.reduce((sum, domain) => sum + domain.count, 0)
    return { byDomain, other: log.streamCount - known }
  }, [log, domains])
}

/** Every stream id and every event type in the log: the same arrays until a stream or a type is new. */
export function useLogIndex(): LogIndex {
  const log = usePlayground((state) => state.log)
  return useMemo(() => logIndexOf(log), [log])
}

interface LogIndex {
  readonly streamIds: readonly string[]
  readonly eventTypes: readonly string[]
}

// Per timeline, the last index given out: a log only grows, so as many streams and types are the same ones.
const logIndexes = new WeakMap<object, { readonly streams: number; readonly index: LogIndex }>()

/**
 * The log's streams and types, the same arrays while no stream or type is new: a command on a
 * known stream then re-sorts nothing (at 10,000 streams the log's stream filter sorted them all
 * again after every command).
 */
function logIndexOf(log: LogView): LogIndex {
  const eventTypes = log.eventTypes()
  const known = logIndexes.get(log.lineage)
  if (known && known.streams === log.streamCount && known.index.eventTypes.length === eventTypes.length)
    return known.index
  const index = { streamIds: log.streamIds(), eventTypes }
  logIndexes.set(log.lineage, { streams: log.streamCount, index })
  return index
}

/** The position every panel shows, at once (not deferred): the cursor, or the last event when live. */
export function usePosition(): number {
  return usePlayground(selectPosition)
}

/** Whether the panels follow every new event (no time-travel cursor). */
export function useIsLive(): boolean {
  return usePlayground(selectIsLive)
}

/**
 * Which stream the one-stream panels (lifecycle, charts, audit trail) show, and why, in a
 * sentence: the stream of the event being replayed, or the one selected in Replayed state.
 */
export function useShownStreamWords(module: AnyDomainModule, streamId: string | null): string {
  const live = useIsLive()
  const position = usePosition()
  const atCursor = usePlayground((state) => state.log.eventAt(position)?.streamId)
  if (streamId === null) return `No ${module.entityName} to show yet.`
  const target = targetIn(module, streamId)
  return !live && atCursor === streamId
    ? `Showing ${target}: the stream of the event at position ${position}, being replayed.`
    : `Showing ${target}, as selected in Replayed state.`
}

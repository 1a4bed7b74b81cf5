import { useDeferredValue, useMemo } from 'react'
import type { StatesView } from '../kernel/timeline/timeline'
import type { VersionedState } from '../kernel/domainModule'
import { usePlayground } from './PlaygroundProvider'
import { selectPosition } from '../playground/selectors'

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
  const timeline = usePlayground((state) => state.timeline)
  const eventCount = usePlayground((state) => state.eventCount)
  const position = useDeferredPosition()
  // eventCount is a dependency on purpose: the timeline object is mutated when events arrive.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => timeline.statesAt<State>(category, position), [timeline, category, position, eventCount])
}

/** Every stream of `category` as of the last event, recomputed only when events arrive. */
export function useLiveStates<State extends VersionedState>(category: string): StatesView<State> {
  const timeline = usePlayground((state) => state.timeline)
  const eventCount = usePlayground((state) => state.eventCount)
  // eventCount is a dependency on purpose: the timeline object is mutated when events arrive.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => timeline.statesAt<State>(category, timeline.length), [timeline, category, eventCount])
}

/** The selected stream's state as of the cursor, or the first stream's when none is selected. */
export function useSelectedState<State>(states: StatesView<State>): { streamId: string | null; state: State | null } {
  const selected = usePlayground((state) => state.selectedStreamId)
  const streamId = selected ?? states.keys().next().value ?? null
  return { streamId, state: streamId === null ? null : (states.get(streamId) ?? null) }
}

/** How many streams (of every category) the log holds. */
export function useStreamCount(): number {
  return usePlayground((state) => state.timeline.streamCountAt(state.eventCount))
}

/** Every stream id and every event type in the log, recomputed only when events arrive. */
export function useLogIndex(): { readonly streamIds: readonly string[]; readonly eventTypes: readonly string[] } {
  const timeline = usePlayground((state) => state.timeline)
  const eventCount = usePlayground((state) => state.eventCount)
  return useMemo(
    () => ({ streamIds: timeline.streamIds(), eventTypes: timeline.eventTypes() }),
    // eventCount is a dependency on purpose: the timeline object is mutated when events arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [timeline, eventCount],
  )
}

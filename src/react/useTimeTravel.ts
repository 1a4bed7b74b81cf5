import { useDeferredValue, useMemo } from 'react'
import type { OrderState } from '../domains/order'
import type { OrdersView } from '../kernel/timeline/timeline'
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
 * Every order as of the time-travel position. Recomputed only when the position or the log
 * changes, and at a deferred priority: while the slider is dragged, React may skip positions
 * here so the slider itself stays responsive.
 */
export function useOrdersAtCursor(): OrdersView {
  const timeline = usePlayground((state) => state.timeline)
  const eventCount = usePlayground((state) => state.eventCount)
  const position = useDeferredPosition()
  // eventCount is a dependency on purpose: the timeline object is mutated when events arrive.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => timeline.ordersAt(position), [timeline, position, eventCount])
}

/** Every order as of the last event, recomputed only when events arrive. */
export function useLiveOrders(): OrdersView {
  const timeline = usePlayground((state) => state.timeline)
  const eventCount = usePlayground((state) => state.eventCount)
  // eventCount is a dependency on purpose: the timeline object is mutated when events arrive.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => timeline.ordersAt(timeline.length), [timeline, eventCount])
}

/** The selected order as of the cursor, or the first order when none is selected. */
export function useSelectedOrder(orders: OrdersView): { streamId: string | null; state: OrderState | null } {
  const selected = usePlayground((state) => state.selectedStreamId)
  const streamId = selected ?? orders.keys().next().value ?? null
  return { streamId, state: streamId === null ? null : (orders.get(streamId) ?? null) }
}

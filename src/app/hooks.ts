import { useMemo } from 'react'
import type { OrderState } from '../domain/order'
import type { OrdersView } from '../replay/timeline'
import { usePlayground } from './PlaygroundProvider'
import { selectPosition } from './selectors'

/** Every order as of the time-travel position. Recomputed only when the position or the log changes. */
export function useOrdersAtCursor(): OrdersView {
  const timeline = usePlayground((state) => state.timeline)
  const eventCount = usePlayground((state) => state.eventCount)
  const position = usePlayground(selectPosition)
  // eventCount is a dependency on purpose: the timeline object is mutated when events arrive.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => timeline.ordersAt(position), [timeline, position, eventCount])
}

/** The selected order as of the cursor, or the first order when none is selected. */
export function useSelectedOrder(): { streamId: string | null; state: OrderState | null } {
  const orders = useOrdersAtCursor()
  const selected = usePlayground((state) => state.selectedStreamId)
  const streamId = selected ?? orders.keys().next().value ?? null
  return { streamId, state: streamId === null ? null : (orders.get(streamId) ?? null) }
}

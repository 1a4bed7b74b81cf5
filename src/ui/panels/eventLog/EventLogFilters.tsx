import type { OrderState } from '../../../domains/order'
import { orderModule } from '../../../domains/order/module'
import { memo, useMemo } from 'react'
import { useLiveStates } from '../../../react/useTimeTravel'
import { usePlayground } from '../../../react/PlaygroundProvider'
import { ORDER_EVENT_TYPES } from '../../../domains/order'

/** Filter by order and by type, and search the text of every event. */
export const EventLogFilters = memo(function EventLogFilters() {
  const filters = usePlayground((state) => state.filters)
  const setFilters = usePlayground((state) => state.setFilters)
  const liveOrders = useLiveStates<OrderState>(orderModule.category)
  const streams = useMemo(() => [...liveOrders.keys()].sort(), [liveOrders])

  return (
    <div className="log-filters">
      <label className="field">
        Filter by order
        <select value={filters.streamId} onChange={(e) => setFilters({ streamId: e.target.value })}>
          <option value="">All orders</option>
          {streams.map((streamId) => (
            <option key={streamId} value={streamId}>
              {streamId.replace(/^Order-/, '')}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Filter by type
        <select value={filters.type} onChange={(e) => setFilters({ type: e.target.value })}>
          <option value="">All types</option>
          {ORDER_EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Search events
        <input
          type="search"
          value={filters.text}
          onChange={(e) => setFilters({ text: e.target.value })}
          placeholder="apple, paypal, …"
        />
      </label>
    </div>
  )
})

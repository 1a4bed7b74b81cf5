import { targetIn } from '../../../kernel/domainModule'
import { memo, useMemo } from 'react'
import { useLogIndex } from '../../../react/useTimeTravel'
import { useDomains, usePlayground } from '../../../react/PlaygroundProvider'

/** Filter by stream (of every category) and by type, and search the text of every event. */
export const EventLogFilters = memo(function EventLogFilters() {
  const filters = usePlayground((state) => state.filters)
  const setFilters = usePlayground((state) => state.setFilters)
  const domains = useDomains()
  const log = useLogIndex()
  const streams = useMemo(() => [...log.streamIds].sort(), [log])
  // Every type a domain knows, in its story's order, then any other type the log holds.
  const types = useMemo(
    () => [
      ...new Set([...domains.modules.flatMap((module) => module.eventTypes as readonly string[]), ...log.eventTypes]),
    ],
    [domains, log],
  )
  const [home] = domains.modules

  return (
    <div className="log-filters">
      <label className="field">
        Filter by order
        <select value={filters.streamId} onChange={(e) => setFilters({ streamId: e.target.value })}>
          <option value="">All streams</option>
          {streams.map((streamId) => (
            <option key={streamId} value={streamId}>
              {home ? targetIn(home, streamId) : streamId}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Filter by type
        <select value={filters.type} onChange={(e) => setFilters({ type: e.target.value })}>
          <option value="">All types</option>
          {types.map((type) => (
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

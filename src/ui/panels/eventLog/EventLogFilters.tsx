import { categoryOf } from '../../../kernel/domainModule'
import { StreamFilter } from './StreamFilter'
import { memo, useMemo } from 'react'
import { useLogIndex } from '../../../react/useTimeTravel'
import { useDomain, useDomains, usePlayground } from '../../../react/PlaygroundProvider'

/** Show every domain's streams or the chosen one's; filter by stream and by type; search the text of every event. */
export const EventLogFilters = memo(function EventLogFilters() {
  const filters = usePlayground((state) => state.filters)
  const setFilters = usePlayground((state) => state.setFilters)
  const domains = useDomains()
  const log = useLogIndex()
  const domain = useDomain()
  const { category } = filters
  const streams = useMemo(
    () => [...log.streamIds].filter((streamId) => !category || categoryOf(streamId) === category).sort(),
    [log, category],
  )
  // Every type a domain knows, in its story's order, then any other type the log holds.
  const types = useMemo(() => {
    const shown = category ? domains.modules.filter((module) => module.category === category) : domains.modules
    const known = shown.flatMap((module) => module.eventTypes as readonly string[])
    return [...new Set(category ? known : [...known, ...log.eventTypes])]
  }, [domains, log, category])

  return (
    <div className="log-filters">
      <label className="field">
        Show
        <select value={category} onChange={(e) => setFilters({ category: e.target.value, streamId: '', type: '' })}>
          <option value="">Every domain</option>
          <option value={domain.category}>{domain.title} only</option>
        </select>
      </label>
      <StreamFilter
        streams={streams}
        value={filters.streamId}
        domain={domain}
        onChange={(streamId) => setFilters({ streamId })}
      />
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

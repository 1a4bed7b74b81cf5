import { useTimeZone, zoneWords, type TimeZoneChoice } from '../../uikit/time'
import { useEffect, useMemo } from 'react'
import { filterEvents } from '../../kernel/timeline/filterEvents'
import { useDomains, usePlayground } from '../../react/PlaygroundProvider'
import { useDeferredPosition } from '../../react/useTimeTravel'
import { EventDetails } from './eventLog/EventDetails'
import { EventLogFilters } from './eventLog/EventLogFilters'
import { EventRow, LOG_ROW_HEIGHT as ROW_HEIGHT } from './eventLog/EventRow'
import { useFixedRowVirtualizer } from '../../uikit/useFixedRowVirtualizer'
import { plural } from '../../uikit/format'
import { summarizeEvent } from '../../kernel/describeEvent'
import { countAtOrBefore } from '../../kernel/timeline/timeline'
import { groupThousands } from '../../kernel/money'

/** Short visible headings for a narrow panel; the accessible names are the full words. */
/** The log's columns: short header, full name, and whether it holds numbers (aligned right). */
const columns = (zone: TimeZoneChoice) =>
  [
    ['#', 'Position', true],
    ['Stream', 'Stream', false],
    ['v', 'Version', true],
    ['Type', 'Type', false],
    ['Session', 'Session', false],
    [zone, `Time (${zoneWords(zone)})`, false],
    ['Data', 'Data', false],
  ] as const

/** Every event in global order, virtualised so 100,000 rows cost as much as the visible ones. */
export function EventLogPanel() {
  const [zone] = useTimeZone()
  const log = usePlayground((state) => state.log)
  const domains = useDomains()
  const eventCount = usePlayground((state) => state.eventCount)
  const loadStatus = usePlayground((state) => state.loadStatus)
  const filters = usePlayground((state) => state.filters)
  const position = useDeferredPosition()
  const selectedPosition = usePlayground((state) => state.selectedPosition)
  const selectEvent = usePlayground((state) => state.selectEvent)

  const visible = useMemo(
    () => filterEvents(log.events, filters, (event) => summarizeEvent(domains, event)),
    [log, domains, filters],
  )
  // The grid's sticky header row scrolls with the rows: one row's height above them.
  const { scrollRef, rows, currentView, listHeight, rowTop, scrollToOffset } = useFixedRowVirtualizer(
    visible.length,
    ROW_HEIGHT,
    12,
    2,
    ROW_HEIGHT,
  )

  // Keep the event at the time-travel position in view as it moves. Rows have one fixed height,
  // so the offset is arithmetic (in the full list's pixels). The view is read from the virtualiser,
  // which tracks it from scroll and resize events: reading the grid's scrollTop here would force a
  // layout on every step of a drag.
  useEffect(() => {
    const index = countAtOrBefore(visible, position) - 1
    if (index < 0) return
    const { offset, height } = currentView()
    const top = (index + 1) * ROW_HEIGHT // + 1: the sticky header row
    if (top < offset + ROW_HEIGHT || top > offset + height - ROW_HEIGHT) scrollToOffset(top - height / 2)
  }, [position, visible, currentView, scrollToOffset])

  return (
    <section aria-labelledby="event-log-heading" className="panel event-log-panel">
      <h2 id="event-log-heading">Event log</h2>
      <EventLogFilters />
      {loadStatus === 'loading' && <p>Loading events…</p>}
      {loadStatus !== 'loading' && eventCount === 0 && (
        <p className="empty">No events yet. Send a command, or load the sample, to record the first ones.</p>
      )}
      {eventCount > 0 && (
        <>
          <p className="log-count" aria-live="polite">
            {!log.complete
              ? `The last ${groupThousands(log.events.length)} of ${plural(eventCount, 'event')}: the earlier ones are being read`
              : visible.length === eventCount
                ? plural(eventCount, 'event')
                : `${visible.length} of ${plural(eventCount, 'event')} match`}
          </p>
          <div role="grid" aria-label="Events" aria-rowcount={visible.length + 1} className="log-grid" ref={scrollRef}>
            <div role="rowgroup" className="log-head">
              <div role="row" aria-rowindex={1} className="log-row">
                {columns(zone).map(([short, full, numeric]) => (
                  <span
                    role="columnheader"
                    key={full}
                    aria-label={full}
                    title={full}
                    className={numeric ? 'num' : undefined}
                  >
                    {short}
                  </span>
                ))}
              </div>
            </div>
            <div role="rowgroup" style={{ height: listHeight, position: 'relative' }}>
              {rows.map((item) => {
                const event = visible[item.index]
                if (!event) return null
                // Keyed by slot, not by event: a jump of the scroll reuses the rows' elements for the
                // events now in view (their text changes) instead of removing and creating them all.
                // The indices are consecutive, so they are distinct modulo the number of rows.
                return (
                  <EventRow
                    key={item.index % rows.length}
                    event={event}
                    rowIndex={item.index + 2}
                    inFuture={event.position > position}
                    isCurrent={event.position === position}
                    isSelected={event.position === selectedPosition}
                    onSelect={selectEvent}
                    top={rowTop(item.start)}
                  />
                )
              })}
            </div>
          </div>
        </>
      )}
      <EventDetails />
    </section>
  )
}

import { useDomains } from '../../../react/PlaygroundProvider'
import { memo, type CSSProperties, type KeyboardEvent } from 'react'
import type { RecordedEvent } from '../../../kernel/eventstore'
import { formatLogTime, formatMoment, useTimeZone, zoneWords } from '../../../uikit/time'
import { targetIn } from '../../../kernel/domainModule'
import { schemaNote, summarizeEvent } from '../../../kernel/describeEvent'
import { SchemaBadge } from './SchemaBadge'

/** The height every row of the log has: the virtualiser relies on it. */
export const LOG_ROW_HEIGHT = 34
const ROW_STYLE: CSSProperties = { position: 'absolute', top: 0, left: 0, right: 0, height: LOG_ROW_HEIGHT }

interface EventRowProps {
  readonly event: RecordedEvent
  readonly rowIndex: number
  readonly inFuture: boolean
  readonly isCurrent: boolean
  readonly isSelected: boolean
  readonly onSelect: (position: number) => void
  /** Where the virtualised row sits, in pixels from the top of the list. */
  readonly top: number
}

export const EventRow = memo(function EventRow({
  event,
  rowIndex,
  inFuture,
  isCurrent,
  isSelected,
  onSelect,
  top,
}: EventRowProps) {
  const domains = useDomains()
  const [zone] = useTimeZone()
  const module = domains.forStream(event.streamId)
  const onKeyDown = (keyEvent: KeyboardEvent) => {
    if (keyEvent.key === 'Enter' || keyEvent.key === ' ') {
      keyEvent.preventDefault()
      onSelect(event.position)
    }
  }
  const note = schemaNote(domains, event)
  const classes = ['log-row', inFuture && 'future', isCurrent && 'current', isSelected && 'selected']
    .filter(Boolean)
    .join(' ')
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      aria-selected={isSelected}
      aria-current={isCurrent ? 'step' : undefined}
      tabIndex={0}
      className={classes}
      style={{ ...ROW_STYLE, transform: `translateY(${top}px)` }}
      onClick={() => onSelect(event.position)}
      onKeyDown={onKeyDown}
      title={inFuture ? 'In the future: after the time-travel position' : undefined}
    >
      <span role="gridcell" className="num">
        {event.position}
      </span>
      <span role="gridcell" title={event.streamId}>
        {module ? targetIn(module, event.streamId) : event.streamId}
      </span>
      <span role="gridcell" className="num">
        {event.version}
      </span>
      <span role="gridcell" className="type">
        {event.type}
        {inFuture && <span className="visually-hidden"> (in the future)</span>}
      </span>
      <span role="gridcell" className="session-cell" title={`Appended by session ${event.metadata.sessionId}`}>
        {event.metadata.sessionId.replace(/^tab-/, '')}
      </span>
      <span role="gridcell" className="time">
        <time dateTime={event.recordedAt} title={`${formatMoment(event.recordedAt, zone)} ${zoneWords(zone)}`}>
          {formatLogTime(event.recordedAt, zone)}
        </time>
      </span>
      <span role="gridcell" className="summary">
        {note && <SchemaBadge label={note.label} detail={note.detail} severity={note.severity} />}
        {summarizeEvent(domains, event)}
      </span>
    </div>
  )
})

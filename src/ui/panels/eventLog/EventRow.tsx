import type { CSSProperties, KeyboardEvent } from 'react'
import type { RecordedEvent } from '../../../eventstore'
import { formatRecordedAt, formatRecordedTime } from '../../format'
import { summarizeEvent } from '../summarizeEvent'

interface EventRowProps {
  readonly event: RecordedEvent
  readonly rowIndex: number
  readonly inFuture: boolean
  readonly isCurrent: boolean
  readonly isSelected: boolean
  readonly onSelect: (position: number) => void
  readonly style: CSSProperties
}

export function EventRow({ event, rowIndex, inFuture, isCurrent, isSelected, onSelect, style }: EventRowProps) {
  const onKeyDown = (keyEvent: KeyboardEvent) => {
    if (keyEvent.key === 'Enter' || keyEvent.key === ' ') {
      keyEvent.preventDefault()
      onSelect(event.position)
    }
  }
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
      style={style}
      onClick={() => onSelect(event.position)}
      onKeyDown={onKeyDown}
      title={inFuture ? 'In the future: after the time-travel position' : undefined}
    >
      <span role="gridcell" className="num">
        {event.position}
      </span>
      <span role="gridcell">{event.streamId.replace(/^Order-/, '')}</span>
      <span role="gridcell" className="num">
        {event.version}
      </span>
      <span role="gridcell" className="type">
        {event.type}
        {inFuture && <span className="visually-hidden"> (in the future)</span>}
      </span>
      <span role="gridcell" className="time">
        <time dateTime={event.recordedAt} title={`${formatRecordedAt(event.recordedAt)} UTC`}>
          {formatRecordedTime(event.recordedAt)}
        </time>
      </span>
      <span role="gridcell" className="summary">
        {summarizeEvent(event)}
      </span>
    </div>
  )
}

import { usePosition, useIsLive } from '../../react/useTimeTravel'
import { usePlayground } from '../../react/PlaygroundProvider'
import { groupThousands } from '../../kernel/money'
import { formatMoment, useTimeZone, zoneWords } from '../../uikit/time'
import { AsOfTime } from './AsOfTime'
import { ReplayControls } from './ReplayControls'
import { Bookmarks, SliderMarks } from '../debugger/Bookmarks'
import { useBookmarks } from '../debugger/useBookmarks'

/** A slider over the global log, from 0 (empty store) to N (every event). */
export function TimeTravelPanel() {
  const eventCount = usePlayground((state) => state.eventCount)
  const position = usePosition()
  const isLive = useIsLive()
  const seek = usePlayground((state) => state.seek)
  const goLive = usePlayground((state) => state.goLive)
  const log = usePlayground((state) => state.log)
  // A long log shows its latest states first (from a savepoint): the slider travels once the history is read.
  const readingHistory = !log.complete
  const event = log.eventAt(position)
  const [zone] = useTimeZone()
  const bookmarks = useBookmarks()
  const where = `position ${groupThousands(position)} of ${groupThousands(eventCount)}`
  const when = event ? `recorded ${formatMoment(event.recordedAt, zone)} ${zoneWords(zone)}` : 'before the first event'

  return (
    <section aria-labelledby="time-travel-heading" className="panel time-travel-panel">
      <div className="time-travel-head">
        <h2 id="time-travel-heading">Time travel</h2>
        <p className="position-label" aria-live="polite">
          <span className="position-where">{where}</span>
          <span className="visually-hidden">, </span>
          <span className="position-when">{when}</span>
        </p>
        <button
          type="button"
          className={isLive ? 'live-badge on' : 'live-badge'}
          aria-pressed={isLive}
          onClick={goLive}
        >
          Live
        </button>
      </div>
      <div className="slider-with-marks">
        <input
          type="range"
          className="time-slider"
          aria-label="Time travel"
          aria-valuemin={0}
          aria-valuemax={eventCount}
          aria-valuenow={position}
          aria-valuetext={`${where}, ${when}`}
          min={0}
          max={eventCount}
          step={1}
          value={position}
          disabled={readingHistory}
          onChange={(e) => seek(Number(e.target.value))}
        />
        <SliderMarks bookmarks={bookmarks.bookmarks} length={eventCount} />
      </div>
      {readingHistory && (
        <p className="history-note" role="status">
          Reading the history: the slider travels once all {groupThousands(eventCount)} events are read.
        </p>
      )}
      <fieldset className="travel-controls" disabled={readingHistory}>
        <legend className="visually-hidden">Travel controls</legend>
        <AsOfTime />
        <ReplayControls />
        <Bookmarks {...bookmarks} />
      </fieldset>
    </section>
  )
}

import { useState } from 'react'
import { usePlayground } from '../../react/PlaygroundProvider'
import { useIsLive, usePosition } from '../../react/useTimeTravel'
import { fromDateTimeInput, toDateTimeInput, useTimeZone } from '../../uikit/time'

/**
 * "As of" a date and time, in the time setting's zone: every panel moves to the last event
 * recorded by then. When the position moves by other means (the slider, a replay step), it shows
 * when the event there was recorded, and it is empty when live.
 */
export function AsOfTime() {
  const seekToTime = usePlayground((state) => state.seekToTime)
  const log = usePlayground((state) => state.log)
  const position = usePosition()
  const isLive = useIsLive()
  const [zone] = useTimeZone()
  // What was typed, and the position it took the panels to: shown while they stay there.
  const [typed, setTyped] = useState<{ value: string; position: number } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const recordedAt = log.eventAt(position)?.recordedAt
  const followed = isLive || !recordedAt ? '' : toDateTimeInput(recordedAt, zone)
  // Moved elsewhere (the slider, a replay step): forget what was typed, and follow the position.
  if (typed !== null && typed.position !== position) setTyped(null)
  const typedShown = typed !== null && typed.position === position
  const value = typedShown ? typed.value : followed
  const shownProblem = typedShown ? problem : null
  return (
    <div className="as-of">
      <label className="field as-of-time">
        {zone === 'UTC' ? 'As of (UTC)' : 'As of (your local time)'}
        <input
          type="datetime-local"
          step={1}
          value={value}
          aria-invalid={shownProblem !== null}
          aria-describedby={shownProblem ? 'as-of-problem' : undefined}
          onChange={(event) => {
            const time = fromDateTimeInput(event.target.value, zone)
            if (!time) {
              setTyped({ value: event.target.value, position })
              setProblem('Enter a complete date and time.')
              return
            }
            setProblem(null)
            // The input picks a whole second: "as of" it includes everything recorded during it. With
            // step 1 the browser leaves ":00" seconds out of the value, so a value without seconds
            // still means that one second, not the whole minute.
            const reached = seekToTime(new Date(Math.floor(time.getTime() / 1000) * 1000 + 999).toISOString())
            setTyped({ value: event.target.value, position: reached })
          }}
        />
      </label>
      {shownProblem && (
        <p id="as-of-problem" className="field-error">
          {shownProblem}
        </p>
      )}
    </div>
  )
}

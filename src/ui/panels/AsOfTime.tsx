import { useState } from 'react'
import { usePlayground } from '../../react/PlaygroundProvider'

/** "As of" a date and time: every panel moves to the last event recorded by then. */
export function AsOfTime() {
  const seekToTime = usePlayground((state) => state.seekToTime)
  const [value, setValue] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  return (
    <div className="as-of">
      <label className="field as-of-time">
        As of (your local time)
        <input
          type="datetime-local"
          step={1}
          value={value}
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'as-of-problem' : undefined}
          onChange={(event) => {
            setValue(event.target.value)
            const time = new Date(event.target.value)
            if (!event.target.value || Number.isNaN(time.getTime())) {
              setProblem('Enter a complete date and time.')
              return
            }
            setProblem(null)
            // The input picks a whole second: "as of" it includes everything recorded during it. With
            // step 1 the browser leaves ":00" seconds out of the value, so a value without seconds
            // still means that one second, not the whole minute.
            seekToTime(new Date(Math.floor(time.getTime() / 1000) * 1000 + 999).toISOString())
          }}
        />
      </label>
      {problem && (
        <p id="as-of-problem" className="field-error">
          {problem}
        </p>
      )}
    </div>
  )
}

import type { KeyboardEvent } from 'react'
import { useDeferredPosition, usePosition } from '../../react/useTimeTravel'
import { usePlayground } from '../../react/PlaygroundProvider'
import { REPLAY_SPEEDS, type ReplaySpeed } from '../../react/playgroundTypes'
import { summarizeEvent } from '../../kernel/describeEvent'

/** The event at the position, and what applying it changed in its order. */
function CurrentStep() {
  const log = usePlayground((state) => state.log)
  const domains = usePlayground((state) => state.domains)
  const position = useDeferredPosition()
  const event = log.eventAt(position)
  if (!event) return <p className="step-now">Before the first event: nothing exists yet.</p>
  const module = domains.forStream(event.streamId)
  const before = log.stateAt(event.streamId, position - 1)
  const after = log.stateAt(event.streamId, position)
  const readable = module !== undefined && module.readEvent(event).kind === 'known'
  // An event no domain reads changes nothing but the stream's version: say so instead of a table.
  const changes = readable && before && after ? module.diff(before, after) : []
  return (
    <div className="step-now">
      <p>
        Applied event {event.position}: <strong className="event-type">{event.type}</strong> to{' '}
        <span className="stream-id">{event.streamId}</span> (version {event.version}), {summarizeEvent(domains, event)}.
      </p>
      {changes.length === 0 ? (
        <p className="empty">
          {readable
            ? 'It changed no field of the state.'
            : 'This playground cannot read it, so it changed nothing: it is kept and shown, but not replayed.'}
        </p>
      ) : (
        <table className="changes-table" aria-label="What this event changed">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field} className="changed">
                <th scope="row">{change.field}</th>
                <td>
                  <del>{change.before}</del>
                </td>
                <td>
                  <ins>{change.after}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

/** Step-by-step replay: move one event at a time, or play the log at a chosen speed. */
export function ReplayControls() {
  const stepBy = usePlayground((state) => state.stepBy)
  const seek = usePlayground((state) => state.seek)
  const goLive = usePlayground((state) => state.goLive)
  const play = usePlayground((state) => state.play)
  const pause = usePlayground((state) => state.pause)
  const setSpeed = usePlayground((state) => state.setSpeed)
  const playing = usePlayground((state) => state.playing)
  const speed = usePlayground((state) => state.speed)
  const eventCount = usePlayground((state) => state.eventCount)
  const position = usePosition()

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLSelectElement) return
    const actions: Record<string, () => void> = {
      ArrowLeft: () => stepBy(-1),
      ArrowRight: () => stepBy(1),
      ' ': () => (playing ? pause() : play()),
      Home: () => seek(0),
      End: goLive,
    }
    const action = actions[event.key]
    if (action) {
      event.preventDefault()
      action()
    }
  }

  return (
    <section aria-labelledby="replay-heading" className="replay" onKeyDown={onKeyDown}>
      <h3 id="replay-heading">Step-by-step replay</h3>
      <div className="button-row" role="toolbar" aria-label="Replay controls">
        {/* aria-disabled, not disabled: a disabled button drops keyboard focus out of the controls. */}
        <button type="button" onClick={() => seek(0)} aria-disabled={position === 0}>
          Jump to start
        </button>
        <button type="button" onClick={() => stepBy(-1)} aria-disabled={position === 0}>
          Step back
        </button>
        {playing ? (
          <button type="button" onClick={pause}>
            Pause
          </button>
        ) : (
          <button type="button" onClick={play} aria-disabled={eventCount === 0}>
            Play
          </button>
        )}
        <button type="button" onClick={() => stepBy(1)} aria-disabled={position >= eventCount}>
          Step forward
        </button>
        <button type="button" onClick={goLive} aria-disabled={position >= eventCount}>
          Jump to end
        </button>
        <label className="field inline">
          Replay speed
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as ReplaySpeed)}>
            {REPLAY_SPEEDS.map((option) => (
              <option key={option} value={option}>
                {option}×
              </option>
            ))}
          </select>
        </label>
      </div>
      <CurrentStep />
    </section>
  )
}

import { useRef, useState } from 'react'
import { useSession } from '../../react/useSession'
import { usePlayground } from '../../react/PlaygroundProvider'
import type { ScriptedRace } from '../../kernel/learn/types'
import { raceTarget } from './raceTarget'
import { LabPane } from './LabPane'
import { RaceDiagram } from './RaceDiagram'

/** The id both panes start on: `lab-order-1`, `lab-account-1`, … */
const labTargetOf = (entityName: string) => `lab-${entityName.replace(/\W+/g, '-')}-1`

/** How fast a scripted race plays: all at once, slowly, or a step each time Next step is pressed. */
const RACE_SPEEDS = ['at once', 'one step a second', 'step by step'] as const
type RaceSpeed = (typeof RACE_SPEEDS)[number]

/** Two sessions side by side on one order: optimistic concurrency made visible. */
export function ConflictLab() {
  const setLabAutoRetry = usePlayground((state) => state.setLabAutoRetry)
  const replayRace = usePlayground((state) => state.replayRace)
  const domain = usePlayground((state) => state.domain)
  const races = domain.races
  const autoRetry = useSession('tabA', (state) => state.autoRetry)
  const [running, setRunning] = useState<ScriptedRace | null>(null)
  const [lastRace, setLastRace] = useState<ScriptedRace | null>(null)
  const [speed, setSpeed] = useState<RaceSpeed>('at once')
  // What the race does next, while it waits; and how to let it go on, stepping by hand.
  const [next, setNext] = useState<string | null>(null)
  // Whether the race waits for Next step now; while a step runs, a press would be lost, so it is disabled.
  const [waiting, setWaiting] = useState(false)
  const proceed = useRef<(() => void) | null>(null)

  const setAutoRetry = setLabAutoRetry
  const pace = (what: string) =>
    new Promise<void>((resolve) => {
      setNext(what)
      if (speed === 'one step a second') setTimeout(resolve, 1000)
      else {
        proceed.current = resolve
        setWaiting(true)
      }
    })
  const replay = async (race: ScriptedRace) => {
    setRunning(race)
    try {
      await replayRace(race, raceTarget(race), speed === 'at once' ? undefined : pace)
    } finally {
      setRunning(null)
      setNext(null)
      setWaiting(false)
      setLastRace(race)
    }
  }

  return (
    <section aria-labelledby="lab-heading" className="lab">
      <div className="panel lab-intro">
        <h2 id="lab-heading">Conflict lab</h2>
        <p>
          Tab A and Tab B are two sessions. Each loads the {domain.entityName} and keeps what it loaded, even after the
          other one has appended. A command is decided against that state and appended with <code>expectedVersion</code>{' '}
          set to the version it loaded, so the store refuses an append made from a stale version.
        </p>
        <div className="button-row">
          {races.map((race) => (
            <button key={race.id} type="button" disabled={running !== null} onClick={() => void replay(race)}>
              Replay: {race.title}
            </button>
          ))}
          <label className="field race-speed">
            Race speed
            <select
              value={speed}
              disabled={running !== null}
              onChange={(event) => setSpeed(event.target.value as RaceSpeed)}
            >
              {RACE_SPEEDS.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </label>
          <label className="switch">
            <input
              type="checkbox"
              role="switch"
              checked={autoRetry}
              onChange={(event) => setAutoRetry(event.target.checked)}
              aria-checked={autoRetry}
            />
            Automatic retry (reload, decide, append, up to 3 attempts)
          </label>
        </div>
        {running && next && (
          <div className="button-row race-next">
            <p role="status">Next: {next}.</p>
            {speed === 'step by step' && (
              <button
                type="button"
                disabled={!waiting}
                onClick={() => {
                  setWaiting(false)
                  proceed.current?.()
                  proceed.current = null
                }}
              >
                Next step
              </button>
            )}
          </div>
        )}
        {!running && lastRace && (
          <p role="status" className="notice">
            Replayed “{lastRace.title}”: {lastRace.expectation}
          </p>
        )}
      </div>
      <div className="lab-panes">
        <LabPane key={`${domain.category}-A`} session="tabA" initialTarget={labTargetOf(domain.entityName)} />
        <LabPane key={`${domain.category}-B`} session="tabB" initialTarget={labTargetOf(domain.entityName)} />
      </div>
      <RaceDiagram lanes={['Tab A', 'Tab B']} />
    </section>
  )
}

import type { RaceStep } from '../../react/playgroundTypes'
import { usePlayground } from '../../react/PlaygroundProvider'
import { useRaceSteps } from '../../react/useSession'

const KIND_WORDS: Record<RaceStep['kind'], string> = { read: 'read', decide: 'decide', append: 'append' }

function StepCell({ step }: { step: RaceStep | undefined }) {
  if (!step) return <td />
  return (
    <td className={`race-step race-${step.result}`}>
      <span className="visually-hidden">{step.session}: </span>
      <span className="race-kind">{KIND_WORDS[step.kind]}</span> {step.detail}
    </td>
  )
}

/** Each session's read → decide → append, one row per step in the order they happened, with the stream it acted on. */
export function RaceDiagram({ lanes }: { lanes: readonly string[] }) {
  const steps = useRaceSteps()
  const clear = usePlayground((state) => state.clearRaceSteps)
  return (
    <section aria-labelledby="race-heading" className="panel race-panel">
      <div className="details-header">
        <h3 id="race-heading">Race diagram</h3>
        <button type="button" className="link-button" onClick={clear} aria-disabled={steps.length === 0}>
          Clear diagram
        </button>
      </div>
      {steps.length === 0 ? (
        <p className="empty">
          Act in the panes, or replay a race: every read, decide and append appears here in time order.
        </p>
      ) : (
        <table className="race-table" aria-label="Race diagram">
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Stream</th>
              {lanes.map((lane) => (
                <th scope="col" key={lane}>
                  {lane}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {steps.map((step) => (
              <tr key={step.sequence}>
                <th scope="row" className="num">
                  {step.sequence}
                </th>
                <td className="race-stream">{step.target}</td>
                {lanes.map((lane) => (
                  <StepCell key={lane} step={step.session === lane ? step : undefined} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

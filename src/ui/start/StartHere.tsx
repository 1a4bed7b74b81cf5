import { useDomain, usePlayground } from '../../react/PlaygroundProvider'
import { StoreMessageLine } from '../panels/StoreMessageLine'
import { useViewHref } from '../useHashRoute'
import { useStartHereShown } from './startHereVisibility'

/** The labels of the first commands, as a learner presses them: "Create order, Add item, then Pay order". */
function firstCommands(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('')
  return `${labels.slice(0, -1).join(', ')}, then ${labels.at(-1)}`
}

/**
 * The first screen's three steps: reproduce the walkthrough with the filled-in fields, load the
 * sample, open the exercises. Shown until Hide; the header's Start here brings it back.
 */
export function StartHere() {
  const [shown, setShown] = useStartHereShown()
  const domain = useDomain()
  const loadSample = usePlayground((state) => state.loadSample)
  const pending = usePlayground((state) => state.pending)
  const hrefOf = useViewHref()
  if (!shown) return null
  const walkthrough = domain.walkthrough ?? firstCommands(domain.commands.slice(0, 3).map((command) => command.label))
  return (
    <section aria-labelledby="start-here-heading" className="panel start-here">
      <div className="start-here-head">
        <h2 id="start-here-heading">Start here</h2>
        <button type="button" className="secondary" onClick={() => setShown(false)}>
          Hide
        </button>
      </div>
      <ol className="start-steps">
        <li>
          <strong>Reproduce the walkthrough.</strong> The Commands fields are already filled in: press {walkthrough},
          and watch each command become an event in the log.
        </li>
        <li>
          <strong>Or start from a history.</strong>{' '}
          <button
            type="button"
            className="inline-button"
            onClick={() => void loadSample('start-here')}
            disabled={pending}
          >
            Load sample
          </button>{' '}
          writes {domain.sample.length} commands, then drag the Time travel slider through them.
          <StoreMessageLine from="start-here" />
        </li>
        <li>
          <strong>Then practise.</strong> Open <a href={hrefOf('exercises')}>Exercises</a>: {domain.exercises.length}{' '}
          tasks that check themselves against the log.
        </li>
      </ol>
    </section>
  )
}

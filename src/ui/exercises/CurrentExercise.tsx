import { useExerciseResult } from '../../react/useExerciseResults'
import { useDomain } from '../../react/PlaygroundProvider'
import { useViewHref } from '../useHashRoute'
import { useCurrentExerciseId } from './currentExercise'

/**
 * The exercise chosen with Work on this, docked where the work happens: its steps and its live
 * status, so the learner need not switch views to read them.
 */
export function CurrentExercise() {
  const ids = useDomain().exercises.map((exercise: { id: string }) => exercise.id)
  const [currentId, setCurrent] = useCurrentExerciseId(ids)
  // Nothing is checked unless an exercise is docked: a check reads the whole log on every event.
  if (!currentId) return null
  return <DockedExercise exerciseId={currentId} close={() => setCurrent('')} />
}

function DockedExercise({ exerciseId, close }: { exerciseId: string; close: () => void }) {
  const view = useExerciseResult(exerciseId)
  const hrefOf = useViewHref()
  if (!view) return null
  const { exercise, result, attempt, question } = view
  const statusSlug = result.status.replace(' ', '-')
  return (
    <section aria-labelledby="current-exercise-heading" className={`panel current-exercise status-card-${statusSlug}`}>
      <div className="current-exercise-head">
        <h2 id="current-exercise-heading">Current exercise</h2>
        <p className={`exercise-status status-${statusSlug}`} aria-live="polite">
          Status: <strong>{result.status}</strong>
        </p>
        <div className="button-row">
          <a href={hrefOf('exercises')}>Open its card</a>
          <button type="button" className="secondary" onClick={close}>
            Close
          </button>
        </div>
      </div>
      <p className="current-exercise-title">
        <strong>
          Exercise {exercise.number}: {exercise.title}
        </strong>{' '}
        {result.detail}
      </p>
      <ol className="exercise-steps">
        {exercise.steps.map((step) => (
          <li key={step}>{attempt.text(step)}</li>
        ))}
      </ol>
      {question && <p className="exercise-question">{question}</p>}
    </section>
  )
}

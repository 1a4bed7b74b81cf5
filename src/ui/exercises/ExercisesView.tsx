import { useProgress } from '../../react/useProgress'
import { useExerciseResults } from '../../react/useExerciseResults'
import { useViewHref, type View } from '../useHashRoute'
import { useCurrentExerciseId } from './currentExercise'
import { focusPanelWhenShown } from '../../uikit/focusPanel'
import { CONCEPTS } from './concepts'
import { DomainView } from '../../react/DomainViews'
import { ExerciseCard } from './ExerciseCard'

/** The learning path: exercises that check themselves, and the concepts behind them. */
export function ExercisesView() {
  const views = useExerciseResults()
  const progressError = useProgress((state) => state.error)
  const passedCount = views.filter((view) => view.result.status === 'passed').length
  const [, setCurrent] = useCurrentExerciseId(views.map((view) => view.exercise.id))
  const hrefOf = useViewHref()
  const workOn = (id: string, where: View) => {
    setCurrent(id)
    window.location.hash = hrefOf(where)
    focusPanelWhenShown('current-exercise-heading')
  }
  return (
    <main className="exercises-layout">
      <section aria-labelledby="exercises-heading" className="exercises">
        <div className="panel">
          <h2 id="exercises-heading">Exercises</h2>
          <p>
            Do each exercise in the playground or the conflict lab; its card checks itself from the event log and your
            answers. {passedCount} of {views.length} passed.
          </p>
          {progressError && <p role="alert">{progressError}</p>}
        </div>
        {views.map((view) => (
          <ExerciseCard key={view.exercise.id} view={view} workOn={workOn} />
        ))}
      </section>
      <section aria-labelledby="learn-heading" className="learn">
        <div className="panel">
          <h2 id="learn-heading">Learn</h2>
          <ul className="concept-cards">
            {CONCEPTS.map((concept) => (
              <li key={concept.name} className="concept-card">
                <h3>{concept.name}</h3>
                <p>{concept.text}</p>
                <a href={hrefOf(concept.view)} onClick={() => focusPanelWhenShown(concept.headingId)}>
                  See it in {concept.panel}
                </a>
              </li>
            ))}
          </ul>
        </div>
        <DomainView slot="exercisesExtra" />
      </section>
    </main>
  )
}

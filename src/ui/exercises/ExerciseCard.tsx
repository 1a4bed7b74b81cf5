import { useState } from 'react'
import { usePlayground } from '../../react/PlaygroundProvider'
import type { ExerciseView } from '../../react/useExerciseResults'
import { useViewHref, type View } from '../useHashRoute'
import { focusPanelWhenShown } from '../../uikit/focusPanel'
import { panelHeadingId } from './panelHeadings'

/** One exercise: what to do, how it is checked, and whether it is done. */
export function ExerciseCard({ view, workOn }: { view: ExerciseView; workOn: (id: string, where: View) => void }) {
  const { exercise, result, answers, question, attempt } = view
  const text = attempt.text
  const setAnswer = usePlayground((state) => state.setExerciseAnswer)
  const resetExercise = usePlayground((state) => state.resetExercise)
  const eventCount = usePlayground((state) => state.eventCount)
  const prepareExercise = usePlayground((state) => state.prepareExercise)
  const [hintsShown, setHintsShown] = useState(0)
  const hrefOf = useViewHref()
  const [setupMessage, setSetupMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const headingId = `exercise-${exercise.id}`
  const statusSlug = result.status.replace(' ', '-')

  return (
    <section aria-labelledby={headingId} className={`panel exercise-card status-card-${statusSlug}`}>
      <div className="exercise-head">
        <h3 id={headingId}>
          Exercise {exercise.number}: {exercise.title}
        </h3>
        <p className={`exercise-status status-${statusSlug}`} aria-live="polite">
          Status: <strong>{result.status}</strong>
        </p>
      </div>
      <p className="exercise-goal">{text(exercise.goal)}</p>
      <ol className="exercise-steps">
        {exercise.steps.map((step) => (
          <li key={step}>{text(step)}</li>
        ))}
      </ol>
      <p className="exercise-criteria">
        <strong>Passes when:</strong> {text(exercise.criteria)}
      </p>
      <p className="exercise-detail">{result.detail}</p>
      {exercise.setup && (
        <div className="button-row">
          <button type="button" onClick={() => void prepareExercise(exercise.id).then(setSetupMessage)}>
            {text(exercise.setup.label)}
          </button>
          {setupMessage && (
            <span role={setupMessage.ok ? 'status' : 'alert'} className={setupMessage.ok ? 'notice' : 'inline-error'}>
              {setupMessage.text}
            </span>
          )}
        </div>
      )}
      {question && <p className="exercise-question">{question}</p>}
      {exercise.answerFields && (
        <div className="field-row">
          {exercise.answerFields.map((field) => (
            <label key={field.name} className="field">
              {field.label}
              <input
                value={answers[field.name] ?? ''}
                onChange={(event) => setAnswer(exercise.id, field.name, event.target.value)}
                autoComplete="off"
              />
            </label>
          ))}
        </div>
      )}
      {hintsShown > 0 && (
        <ul className="exercise-hints" aria-label={`Hints for exercise ${exercise.number}`}>
          {exercise.hints.slice(0, hintsShown).map((hint) => (
            <li key={hint}>{text(hint)}</li>
          ))}
        </ul>
      )}
      <div className="button-row exercise-actions">
        {hintsShown < exercise.hints.length && (
          <button type="button" className="secondary" onClick={() => setHintsShown(hintsShown + 1)}>
            {hintsShown === 0 ? 'Show a hint' : 'Show another hint'}
          </button>
        )}
        <button type="button" onClick={() => workOn(exercise.id, exercise.concept.view)}>
          Work on this
        </button>
        <a
          href={hrefOf(exercise.concept.view)}
          className="concept-link"
          onClick={() => focusPanelWhenShown(panelHeadingId(exercise.concept.panel))}
        >
          Concept: {exercise.concept.name}, see {exercise.concept.panel}
        </a>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            resetExercise(exercise.id, eventCount)
            setHintsShown(0)
            setSetupMessage(null)
          }}
        >
          Reset exercise
        </button>
      </div>
    </section>
  )
}

import { useWorkshop } from '../../react/WorkshopProvider'

/** The exercises done by writing code: each checks the module in the editor against hidden cases. */
export function BuildExercises() {
  const exercises = useWorkshop((state) => state.exercises)
  const checks = useWorkshop((state) => state.checks)
  const check = useWorkshop((state) => state.check)
  const hasModule = useWorkshop((state) => state.selectedId !== null)
  return (
    <section aria-labelledby="build-exercises-heading" className="build-exercises">
      <div className="panel">
        <h2 id="build-exercises-heading">Build exercises</h2>
        <p>The material&apos;s next steps. Check runs your module against hidden given / when / then cases.</p>
      </div>
      {exercises.map((exercise) => {
        const result = checks[exercise.id]
        const headingId = `${exercise.id}-heading`
        return (
          <section key={exercise.id} aria-labelledby={headingId} className="panel exercise-card">
            <h3 id={headingId}>{exercise.title}</h3>
            <p>{exercise.goal}</p>
            <ol>
              {exercise.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <p>
              <strong>Passes when:</strong> {exercise.criteria}
            </p>
            <button type="button" onClick={() => void check(exercise.id)} disabled={!hasModule}>
              Check {exercise.title}
            </button>
            {result && (
              <p role="status" className={result.passed ? 'check-passed' : 'check-failed'}>
                <strong>{result.passed ? 'Passed. ' : 'Not yet. '}</strong>
                {result.detail}
              </p>
            )}
          </section>
        )
      })}
    </section>
  )
}

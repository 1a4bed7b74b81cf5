import { useWorkshop } from '../../react/WorkshopProvider'
import { useViewHref } from '../useHashRoute'

/** Said on every view when a running learner module failed: its state may be out of date until it runs again. */
export function LearnerProblemBanner() {
  const problem = useWorkshop((state) => (state.problem?.when === 'runtime' ? state.problem : null))
  const title = useWorkshop((state) => (problem ? state.running[problem.moduleId]?.title : undefined))
  const hrefOf = useViewHref()
  if (!problem || !title) return null
  return (
    <p role="alert" className="banner">
      <strong>Your module {title} failed:</strong> {problem.message} Until it runs again, its states may be out of date.{' '}
      <a href={hrefOf('build')}>Fix it in Build</a>
    </p>
  )
}

import { usePlayground } from '../react/PlaygroundProvider'
import { ExercisesView } from './exercises/ExercisesView'
import { ConflictLab } from './lab/ConflictLab'
import { EventLogPanel } from './panels/EventLogPanel'
import { CurrentExercise } from './exercises/CurrentExercise'
import { PlaygroundMain } from './PlaygroundMain'
import { useHashRoute } from './useHashRoute'
import { Header } from './Header'
import { SharedLogView } from './SharedLogView'
import { BuildView } from './build/BuildView'
import { LearnerProblemBanner } from './build/LearnerProblemBanner'
import { HistoryWait, useReadingHistory } from './HistoryWait'

/** Said plainly, at the top, when events live only in this tab's memory. */
function NotPersistedBanner() {
  const storage = usePlayground((state) => state.storage)
  if (storage.persisted) return null
  return (
    <p role="alert" className="banner">
      <strong>Not persisted:</strong> {storage.reason}. The playground runs on an in-memory store: everything works, but
      events and progress are lost when this tab closes or reloads.
    </p>
  )
}

/** Said at the top when another tab upgraded the database under this one. */
function SupersededBanner() {
  const superseded = usePlayground((state) => state.storage.superseded)
  if (!superseded) return null
  return (
    <div role="alert" className="banner">
      <p>
        <strong>Reload needed:</strong> a newer version of the playground upgraded its database in another tab. This tab
        has stopped reading and writing events; everything stored is safe.
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload this tab
      </button>
    </div>
  )
}

export function App() {
  const route = useHashRoute()
  const readingHistory = useReadingHistory()
  if (route === 'shared') return <SharedLogView />
  return (
    <>
      <Header />
      <SupersededBanner />
      <NotPersistedBanner />
      {route !== 'build' && <LearnerProblemBanner />}
      {route === 'exercises' &&
        (readingHistory ? (
          <main>
            <HistoryWait what="the exercises" />
          </main>
        ) : (
          <ExercisesView />
        ))}
      {route === 'lab' && (
        <main className="lab-layout">
          {!readingHistory && <CurrentExercise />}
          <ConflictLab />
          <EventLogPanel />
        </main>
      )}
      {route === 'playground' && <PlaygroundMain />}
      {route === 'build' && <BuildView />}
    </>
  )
}

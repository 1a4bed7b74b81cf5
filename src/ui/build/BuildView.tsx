import { lazy, Suspense } from 'react'
import { useWorkshop } from '../../react/WorkshopProvider'
import { BuildExercises } from './BuildExercises'
import { ModuleFiles } from './ModuleFiles'
import { ModulePicker } from './ModulePicker'

const CodeEditor = lazy(() => import('./CodeEditor'))

/** The Build view: a learner's module in an editor, run in a sandbox, and the exercises that check it. */
export function BuildView() {
  const selected = useWorkshop((state) => state.modules.find((record) => record.id === state.selectedId) ?? null)
  const problem = useWorkshop((state) => (state.problem?.moduleId === state.selectedId ? state.problem : null))
  const running = useWorkshop((state) => (state.selectedId ? state.running[state.selectedId] : undefined))
  const busy = useWorkshop((state) => state.busy)
  const message = useWorkshop((state) => state.message)
  const edit = useWorkshop((state) => state.edit)
  const run = useWorkshop((state) => state.run)
  const dismissMessage = useWorkshop((state) => state.dismissMessage)
  const changedSinceRun =
    selected !== null && selected.runningSource !== null && selected.runningSource !== selected.source
  return (
    <main className="build-layout">
      <section aria-labelledby="build-heading" className="panel build-editor">
        <h2 id="build-heading">Build your own domain</h2>
        <p className="panel-intro">
          Write a domain&apos;s events, commands, <code>decide</code> and <code>evolve</code> in TypeScript. Run puts it
          beside the built-in domains: every view works on it. It runs in a sandbox with no page, storage, network,
          clock or randomness, and half a second per call.
        </p>
        <ModulePicker />
        {selected ? (
          <>
            <div className="build-actions">
              <button type="button" onClick={() => void run()} disabled={busy}>
                {busy ? 'Running…' : 'Run'}
              </button>
              <p className="build-status" role="status">
                {running
                  ? `${running.title} (category ${running.category}) runs${changedSinceRun ? ': edited since, press Run to use the edits' : ''}.`
                  : 'Not running yet.'}
              </p>
              <ModuleFiles source={selected.source} />
            </div>
            {problem && (
              <div role="alert" className="alert build-problem">
                <strong>{problem.when === 'run' ? 'Not run: ' : 'Your running module failed: '}</strong>
                {problem.message}
                {problem.when === 'run' && running && ' The previous version keeps running.'}
              </div>
            )}
            {message && (
              <p className="build-message" role="status">
                {message}{' '}
                <button type="button" className="link-button" onClick={dismissMessage}>
                  Dismiss
                </button>
              </p>
            )}
            <Suspense fallback={<p>Loading the editor…</p>}>
              <CodeEditor label="Module code" value={selected.source} onChange={edit} problem={problem} />
            </Suspense>
          </>
        ) : (
          <p>No module yet: start one from a template.</p>
        )}
      </section>
      <BuildExercises />
    </main>
  )
}

import { lazy, Suspense } from 'react'
import { AuditTrailPanel } from './AuditTrailPanel'
import { ReadModelsPanel } from './ReadModelsPanel'
import { SnapshotsPanel } from './SnapshotsPanel'

// Diagrams and charts bring xyflow and recharts: they load after the first screen.
const FlowDiagram = lazy(() => import('../flow/FlowDiagram'))
const LifecycleDiagram = lazy(() => import('../flow/LifecycleDiagram'))
const ChartsPanel = lazy(() => import('../charts/ChartsPanel'))

function Loading({ what }: { what: string }) {
  return (
    <section className="panel" aria-busy="true">
      <p className="panel-hint">Loading the {what}…</p>
    </section>
  )
}

/** Below the playground: the read side (read models, snapshots, audit) and the pictures. */
export function ReadSide() {
  return (
    <div className="read-side">
      <div className="read-side-wide">
        <Suspense fallback={<Loading what="flow diagram" />}>
          <FlowDiagram />
        </Suspense>
      </div>
      <ReadModelsPanel />
      <div className="column">
        <Suspense fallback={<Loading what="lifecycle diagram" />}>
          <LifecycleDiagram />
        </Suspense>
        <Suspense fallback={<Loading what="charts" />}>
          <ChartsPanel />
        </Suspense>
      </div>
      <SnapshotsPanel />
      <AuditTrailPanel />
    </div>
  )
}

import { useState } from 'react'
import { targetIn } from '../../kernel/domainModule'
import { useDeferredPosition } from '../../react/useTimeTravel'
import { useDomains, usePlayground } from '../../react/PlaygroundProvider'
import { OnScreen } from '../../uikit/OnScreen'
import { FlowCanvas } from './FlowCanvas'
import { focusPanel } from '../../uikit/focusPanel'
import { FLOW_STAGES, type FlowMode, type FlowStage } from './flowModel'

/** Command → Decide → Events → Event store → Evolve → State, and the store → Projections → Read models. */
export default function FlowDiagram() {
  const position = useDeferredPosition()
  const live = usePlayground((state) => state.cursor === null)
  const sessionId = usePlayground((state) => state.sessionId)
  const event = usePlayground((state) => state.log.eventAt(position))
  const domains = useDomains()
  const [explained, setExplained] = useState<FlowStage | null>(null)
  // This tab's commands, and its conflict lab panes (sessionId/A, /B), were decided here.
  const decidedHere =
    event !== undefined &&
    (event.metadata.sessionId === sessionId || event.metadata.sessionId.startsWith(`${sessionId}/`))
  const module = event ? domains.forStream(event.streamId) : undefined
  // A process's steps are recorded under the session of the tab that ran it: <session>/<process name>.
  const process = event
    ? module?.processes?.find((candidate) => event.metadata.sessionId.endsWith(`/${candidate.name}`))
    : undefined
  const mode: FlowMode = !event ? 'empty' : !live ? 'replay' : process ? 'process' : decidedHere ? 'live' : 'arrived'
  const stream = event ? (module ? `${module.entityName} ${targetIn(module, event.streamId)}` : event.streamId) : ''

  const stage = FLOW_STAGES.find((candidate) => candidate.id === explained)
  return (
    <section aria-labelledby="flow-heading" className="panel flow-panel">
      <h2 id="flow-heading">Flow</h2>
      <p className="panel-hint" aria-live="polite">
        {mode === 'empty' && 'No events yet: send a command and watch it travel.'}
        {mode === 'live' &&
          event &&
          `Live: ${event.type} of ${stream}, at position ${event.position}, went from a command through Decide and the store to the state and the read models.`}
        {mode === 'arrived' &&
          event &&
          `Live: ${event.type} of ${stream}, at position ${event.position}, was not decided in this tab: it was imported, or another tab's command wrote it. From the store it is evolved into the state and projected into the read models.`}
        {mode === 'process' &&
          event &&
          `Live: ${event.type} of ${stream}, at position ${event.position}, was sent by the ${process?.title ?? ''} process: it heard the event before on the event bus and sent the next command, decided by the rules like any other.`}
        {mode === 'replay' &&
          event &&
          `Replaying position ${event.position}: ${event.type} of ${stream} is read from the store and evolved into the state, and projected into the read models.`}
      </p>
      <OnScreen minHeight={230}>
        <FlowCanvas mode={mode} position={position} onExplain={setExplained} />
      </OnScreen>
      {stage && (
        <p role="status" className="notice">
          {stage.explanation}{' '}
          <button type="button" className="link-button" onClick={() => focusPanel(stage.panelHeadingId)}>
            Go to {stage.panel}
          </button>
        </p>
      )}
    </section>
  )
}

import { useState } from 'react'
import { useDeferredPosition } from '../../react/useTimeTravel'
import { usePlayground } from '../../react/PlaygroundProvider'
import { OnScreen } from '../../uikit/OnScreen'
import { FlowCanvas } from './FlowCanvas'
import { focusPanel } from '../../uikit/focusPanel'
import { FLOW_STAGES, type FlowStage } from './flowModel'

/** Command → Decide → Events → Event store → Evolve → State, and the store → Projections → Read models. */
export default function FlowDiagram() {
  const position = useDeferredPosition()
  const live = usePlayground((state) => state.cursor === null)
  const event = usePlayground((state) => state.log.eventAt(position))
  const [explained, setExplained] = useState<FlowStage | null>(null)
  const mode = !event ? 'empty' : live ? 'live' : 'replay'

  const explain = (id: FlowStage) => {
    setExplained(id)
    const stage = FLOW_STAGES.find((candidate) => candidate.id === id)
    if (stage) focusPanel(stage.panelHeadingId)
  }
  const explanation = FLOW_STAGES.find((stage) => stage.id === explained)?.explanation
  return (
    <section aria-labelledby="flow-heading" className="panel flow-panel">
      <h2 id="flow-heading">Flow</h2>
      <p className="panel-hint" aria-live="polite">
        {mode === 'empty' && 'No events yet: send a command and watch it travel.'}
        {mode === 'live' &&
          event &&
          `Live: ${event.type} at position ${event.position} went from a command through the store to the state and the read models.`}
        {mode === 'replay' &&
          event &&
          `Replaying position ${event.position}: ${event.type} is read from the store and evolved into the state, and projected into the read models.`}
      </p>
      <OnScreen minHeight={230}>
        <FlowCanvas mode={mode} position={position} onExplain={explain} />
      </OnScreen>
      {explanation && (
        <p role="status" className="notice">
          {explanation}
        </p>
      )}
    </section>
  )
}

import { MarkerType, ReactFlow } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useMemo, useState } from 'react'
import { useDeferredPosition, useOrdersAtCursor } from '../../app/hooks'
import { usePlayground } from '../../app/PlaygroundProvider'
import { useReadModelRunner } from '../../app/readModelHooks'
import { formatCents } from '../../domain/shared/money'
import { plural } from '../format'
import { focusPanel } from './focusPanel'
import { FLOW_EDGES, FLOW_STAGES, flowHighlight, type FlowStage } from './flowModel'
import { StageNode, type StageNodeType } from './StageNode'
import { TravelEdge, type TravelEdgeType } from './TravelEdge'

const nodeTypes = { stage: StageNode }
const edgeTypes = { travel: TravelEdge }

/** Each edge's place on a live trip; a replayed event starts at the store (leg 3). */
const LEGS: Record<string, number> = {
  'command-decide': 0,
  'decide-events': 1,
  'events-eventStore': 2,
  'eventStore-evolve': 3,
  'evolve-state': 4,
  'eventStore-projections': 3,
  'projections-readModels': 4,
}
const REPLAY_FIRST_LEG = 3

/** Command → Decide → Events → Event store → Evolve → State, and the store → Projections → Read models. */
export default function FlowDiagram() {
  const position = useDeferredPosition()
  const live = usePlayground((state) => state.cursor === null)
  const event = usePlayground((state) => state.timeline.eventAt(position))
  const orders = useOrdersAtCursor()
  const summary = useReadModelRunner('orderSummary')
  const [explained, setExplained] = useState<FlowStage | null>(null)

  const mode = !event ? 'empty' : live ? 'live' : 'replay'
  const highlight = flowHighlight(mode)
  const order = event ? orders.get(event.streamId) : undefined

  const details: Record<FlowStage, string> = {
    command: event && live ? `from ${event.metadata.sessionId}` : '',
    decide: event && live ? 'accepted' : '',
    events: event ? `${event.type} v${event.version}` : '',
    eventStore: event ? `position ${event.position}` : '',
    evolve: event ? `${event.type} on ${event.streamId}` : '',
    state: order ? `${order.orderId}: ${order.status}, ${formatCents(order.totalCents)}` : '',
    projections: `checkpoint ${summary.checkpoint}`,
    readModels: plural(summary.rows.size, 'order'),
  }
  const detailKey = JSON.stringify(details)

  const nodes = useMemo<StageNodeType[]>(
    () =>
      FLOW_STAGES.map((stage) => ({
        id: stage.id,
        type: 'stage',
        position: { x: stage.x, y: stage.y },
        data: {
          title: stage.title,
          detail: details[stage.id],
          active: highlight.stages.has(stage.id),
          current: highlight.current === stage.id,
        },
      })),
    // detailKey stands for `details` and mode for `highlight`: both are rebuilt every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [detailKey, mode],
  )
  const edges = useMemo<TravelEdgeType[]>(
    () =>
      FLOW_EDGES.map((edge) => ({
        ...edge,
        type: 'travel',
        ...(edge.source === 'eventStore' && edge.target === 'projections'
          ? { sourceHandle: 'bottom', targetHandle: 'top' }
          : {}),
        markerEnd: { type: MarkerType.ArrowClosed },
        data: {
          active: highlight.edges.has(edge.id),
          trip: position,
          leg: (LEGS[edge.id] ?? 0) - (mode === 'replay' ? REPLAY_FIRST_LEG : 0),
        },
      })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [mode, position],
  )

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
      <div className="flow-canvas" role="group" aria-label="Flow diagram">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodeClick={(_, node) => explain(node.id as FlowStage)}
          fitView
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          panOnDrag={false}
          zoomOnScroll={false}
          zoomOnPinch={false}
          zoomOnDoubleClick={false}
          preventScrolling={false}
        />
      </div>
      {explanation && (
        <p role="status" className="notice">
          {explanation}
        </p>
      )}
    </section>
  )
}

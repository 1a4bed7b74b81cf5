import type { OrderSummaryRow } from '../../domains/order/projections'
import type { OrderState } from '../../domains/order'
import { orderModule } from '../../domains/order/module'
import { MarkerType, ReactFlow } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useMemo } from 'react'
import { useStatesAtCursor } from '../../react/useTimeTravel'
import { usePlayground } from '../../react/PlaygroundProvider'
import { useReadModelAtCursor, useReadModelRunner } from '../../react/useReadModels'
import { formatCents } from '../../kernel/money'
import { plural } from '../../uikit/format'
import { FLOW_EDGES, FLOW_STAGES, flowHighlight, type FlowStage } from './flowModel'
import { READ_ONLY_FLOW } from './readOnlyFlow'
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

/** The diagram itself: each stage with what the event at the cursor is doing there. */
export function FlowCanvas(props: {
  mode: 'empty' | 'live' | 'replay'
  position: number
  onExplain: (stage: FlowStage) => void
}) {
  const { mode, position, onExplain } = props
  const event = usePlayground((state) => state.timeline.eventAt(position))
  const orders = useStatesAtCursor<OrderState>(orderModule.category)
  const { checkpoint } = useReadModelRunner('orderSummary')
  // Replaying, the read models are the projection folded up to the cursor, as the Read models panel shows them.
  const summaryRows = useReadModelAtCursor<OrderSummaryRow>('orderSummary').rows
  const highlight = flowHighlight(mode)
  const order = event ? orders.get(event.streamId) : undefined
  const live = mode === 'live'

  const details: Record<FlowStage, string> = {
    command: event && live ? `from ${event.metadata.sessionId}` : '',
    decide: event && live ? 'accepted' : '',
    events: event ? `${event.type} v${event.version}` : '',
    eventStore: event ? `position ${event.position}` : '',
    evolve: event ? `${event.type} on ${event.streamId}` : '',
    state: order ? `${order.orderId}: ${order.status}, ${formatCents(order.totalCents)}` : '',
    projections: `checkpoint ${live ? checkpoint : position}`,
    readModels: plural(summaryRows.size, 'order'),
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

  return (
    <div className="flow-canvas" role="group" aria-label="Flow diagram">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodeClick={(_, node) => onExplain(node.id as FlowStage)}
        {...READ_ONLY_FLOW}
      />
    </div>
  )
}

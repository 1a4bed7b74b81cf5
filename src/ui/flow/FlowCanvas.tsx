import { entityName } from '../../kernel/domainModule'
import { MarkerType, ReactFlow } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useMemo } from 'react'
import { useStatesAtCursor } from '../../react/useTimeTravel'
import { useDomain, useDomains, usePlayground } from '../../react/PlaygroundProvider'
import { useReadModelAtCursor, useReadModelRunner } from '../../react/useReadModels'
import { plural } from '../../uikit/format'
import { FLOW_EDGES, FLOW_STAGES, flowHighlight, type FlowMode, type FlowStage } from './flowModel'
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
export function FlowCanvas(props: { mode: FlowMode; position: number; onExplain: (stage: FlowStage) => void }) {
  const { mode, position, onExplain } = props
  const event = usePlayground((state) => state.log.eventAt(position))
  const domain = useDomain()
  const domains = useDomains()
  const states = useStatesAtCursor(domain.category)
  // The domain's first projection is its summary: one row per entity.
  const summary: string = domain.projections[0]?.name ?? ''
  const { checkpoint } = useReadModelRunner(summary)
  // Replaying, the read models are the projection folded up to the cursor, as the Read models panel shows them.
  const summaryRows = useReadModelAtCursor(summary).rows
  const highlight = useMemo(() => flowHighlight(mode), [mode])
  const state = event ? states.get(event.streamId) : undefined
  const module = event ? domains.forStream(event.streamId) : undefined
  const live = mode === 'live'

  const stateDetail =
    event && state && module
      ? `${entityName(module, event.streamId, state)}: ${module.lifecycle.statusOf(state)}, ${module.headline(state)}`
      : ''
  const readModelsDetail = plural(summaryRows.size, domain.entityName)
  const details = useMemo<Record<FlowStage, string>>(
    () => ({
      command: event && live ? `from ${event.metadata.sessionId}` : '',
      decide: event && live ? 'accepted' : '',
      events: event ? `${event.type} v${event.version}` : '',
      eventStore: event ? `position ${event.position}` : '',
      evolve: event ? `${event.type} on ${event.streamId}` : '',
      state: stateDetail,
      projections: `checkpoint ${live ? checkpoint : position}`,
      readModels: readModelsDetail,
    }),
    [event, live, stateDetail, checkpoint, position, readModelsDetail],
  )

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
    [details, highlight],
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
          leg: (LEGS[edge.id] ?? 0) - (mode === 'live' ? 0 : REPLAY_FIRST_LEG),
        },
      })),
    [highlight, mode, position],
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

import { entityName } from '../../kernel/domainModule'
import { MarkerType, ReactFlow } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useMemo } from 'react'
import { useStatesAtCursor } from '../../react/useTimeTravel'
import { useDomain, useDomains, usePlayground } from '../../react/PlaygroundProvider'
import { useReadModelAtCursor, useReadModelRunner } from '../../react/useReadModels'
import { plural } from '../../uikit/format'
import { FLOW_EDGES, FLOW_STAGES, PROCESS_STAGES, flowHighlight, type FlowMode, type FlowStage } from './flowModel'
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
  'eventStore-eventBus': 3,
  // An event sent by a process starts at the bus.
  'eventBus-process': 0,
  'process-decide': 1,
}
/** Where each edge leaves and enters its stages, when not right → left. */
const HANDLES: Record<string, { sourceHandle: string; targetHandle: string }> = {
  'eventStore-projections': { sourceHandle: 'bottom', targetHandle: 'top' },
  'eventStore-eventBus': { sourceHandle: 'bottom', targetHandle: 'top' },
  'eventBus-process': { sourceHandle: 'left-out', targetHandle: 'right-in' },
  'process-decide': { sourceHandle: 'top-out', targetHandle: 'bottom-in' },
}
const REPLAY_FIRST_LEG = 3

/** Whether a stage is drawn: the bus and the process only for a domain that has a process. */
const drawn = (stage: FlowStage, withProcesses: boolean) => withProcesses || !PROCESS_STAGES.has(stage)

/** When the token leaves along an edge: live from the command, a process's event from the bus, a replay from the store. */
function legOf(edgeId: string, mode: FlowMode): number {
  const leg = LEGS[edgeId] ?? 0
  if (mode === 'live') return leg
  if (mode === 'process') return edgeId === 'eventBus-process' || edgeId === 'process-decide' ? leg : leg + 1
  return leg - REPLAY_FIRST_LEG
}

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
  const processes = domain.processes ?? []
  const withProcesses = processes.length > 0

  const stateDetail =
    event && state && module
      ? `${entityName(module, event.streamId, state)}: ${module.lifecycle.statusOf(state)}, ${module.headline(state)}`
      : ''
  const readModelsDetail = plural(summaryRows.size, domain.entityName)
  const processTitles = processes.map((process) => process.title).join(', ')
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
      eventBus: event ? `${event.type} to subscribers` : '',
      process: processTitles,
    }),
    [event, live, stateDetail, checkpoint, position, readModelsDetail, processTitles],
  )

  const nodes = useMemo<StageNodeType[]>(
    () =>
      FLOW_STAGES.filter((stage) => drawn(stage.id, withProcesses)).map((stage) => ({
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
    [details, highlight, withProcesses],
  )
  const edges = useMemo<TravelEdgeType[]>(
    () =>
      FLOW_EDGES.filter((edge) => drawn(edge.source, withProcesses) && drawn(edge.target, withProcesses)).map(
        (edge) => ({
          ...edge,
          type: 'travel',
          ...HANDLES[edge.id],
          markerEnd: { type: MarkerType.ArrowClosed },
          data: {
            active: highlight.edges.has(edge.id),
            trip: position,
            leg: legOf(edge.id, mode),
          },
        }),
      ),
    [highlight, mode, position, withProcesses],
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

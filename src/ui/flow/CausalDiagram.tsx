import { MarkerType, ReactFlow, type Edge } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useMemo } from 'react'
import type { CausalChain } from '../../kernel/debugger/causalChain'
import type { RecordedEvent } from '../../kernel/eventstore'
import { usePlayground } from '../../react/PlaygroundProvider'
import { READ_ONLY_FLOW } from './readOnlyFlow'
import { StageNode, type StageNodeType } from './StageNode'

const nodeTypes = { stage: StageNode }
const COLUMN_WIDTH = 230
const ROW_HEIGHT = 70

/** Each event's column: how many causes stand between it and the first cause drawn. */
function depths(event: RecordedEvent, chain: CausalChain): Map<string, number> {
  const depth = new Map<string, number>()
  chain.causedBy.forEach((cause, index) => depth.set(cause.eventId, chain.causedBy.length - 1 - index))
  for (const sibling of chain.sameCommand) depth.set(sibling.eventId, chain.causedBy.length)
  depth.set(event.eventId, chain.causedBy.length)
  for (const effect of chain.ledTo) {
    const cause = effect.metadata.causationId
    depth.set(effect.eventId, (cause === null ? 0 : (depth.get(cause) ?? 0)) + 1)
  }
  return depth
}

/**
 * The chain around one event drawn left to right: its causes, the events of its command (stacked),
 * and what they led to. Clicking an event shows its details.
 */
export default function CausalDiagram({ event, chain }: { event: RecordedEvent; chain: CausalChain }) {
  const selectEvent = usePlayground((state) => state.selectEvent)
  const { nodes, edges } = useMemo(() => {
    const all = [...chain.causedBy].reverse().concat(chain.sameCommand, chain.ledTo)
    const depth = depths(event, chain)
    const rows = new Map<number, number>()
    const nodes: StageNodeType[] = all.map((linked) => {
      const column = depth.get(linked.eventId) ?? 0
      const row = rows.get(column) ?? 0
      rows.set(column, row + 1)
      return {
        id: linked.eventId,
        type: 'stage',
        position: { x: column * COLUMN_WIDTH, y: row * ROW_HEIGHT },
        data: {
          title: `${linked.position}: ${linked.type}`,
          detail: linked.streamId,
          active: true,
          current: linked.eventId === event.eventId,
        },
      }
    })
    const drawn = new Set(all.map((linked) => linked.eventId))
    const edges: Edge[] = []
    for (const linked of all) {
      const cause = linked.metadata.causationId
      if (cause && drawn.has(cause))
        edges.push({
          id: `${cause}>${linked.eventId}`,
          source: cause,
          target: linked.eventId,
          markerEnd: { type: MarkerType.ArrowClosed },
          label: 'caused',
        })
    }
    return { nodes, edges }
  }, [event, chain])
  return (
    <div className="causal-canvas" role="group" aria-label="Causal chain diagram">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodeClick={(_, node) => {
          const linked = [...chain.causedBy, ...chain.sameCommand, ...chain.ledTo].find(
            (candidate) => candidate.eventId === node.id,
          )
          if (linked) selectEvent(linked.position)
        }}
        {...READ_ONLY_FLOW}
      />
    </div>
  )
}

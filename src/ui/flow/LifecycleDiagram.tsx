import type { OrderState } from '../../domains/order'
import { orderModule } from '../../domains/order/module'
import { MarkerType, ReactFlow } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useMemo } from 'react'
import { useDeferredPosition, useStatesAtCursor, useSelectedState } from '../../react/useTimeTravel'
import { usePlayground } from '../../react/PlaygroundProvider'
import { ORDER_STATUS_WORDS, type OrderStatus } from '../../domains/order'
import { LIFECYCLE_TRANSITIONS, transitionsTaken } from './lifecycleModel'
import { LifecycleEdge, type LifecycleEdgeType } from './LoopEdge'
import { READ_ONLY_FLOW } from './readOnlyFlow'
import { StageNode, type StageNodeType } from './StageNode'
import { OnScreen } from '../../uikit/OnScreen'

const nodeTypes = { stage: StageNode }
const edgeTypes = { lifecycle: LifecycleEdge }

/** Laid out tight, with narrow nodes (see .lifecycle-canvas .stage-node): the panel is half the page wide. */
const STATUSES: ReadonlyArray<{ status: OrderStatus; x: number; y: number }> = [
  { status: 'not_created', x: 0, y: 90 },
  { status: 'created', x: 235, y: 90 },
  { status: 'paid', x: 450, y: 0 },
  { status: 'cancelled', x: 450, y: 180 },
]

/** The Order's states and transitions, with the selected order's state at the cursor marked. */
export default function LifecycleDiagram() {
  const orders = useStatesAtCursor<OrderState>(orderModule.category)
  const { streamId, state } = useSelectedState(orders)
  const position = useDeferredPosition()
  const timeline = usePlayground((store) => store.timeline)
  const eventCount = usePlayground((store) => store.eventCount)
  const status = state?.status ?? 'not_created'

  const taken = useMemo(
    () => transitionsTaken(streamId === null ? [] : timeline.streamEvents(streamId, position)),
    // eventCount is a dependency on purpose: the timeline object is mutated when events arrive.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [timeline, streamId, position, eventCount],
  )
  const takenWords = LIFECYCLE_TRANSITIONS.filter((transition) => taken.has(transition.event)).map(
    (transition) => `${transition.event} ×${taken.get(transition.event)}`,
  )
  return (
    <section aria-labelledby="lifecycle-heading" className="panel lifecycle-panel">
      <h2 id="lifecycle-heading">Lifecycle</h2>
      <p className="panel-hint" aria-live="polite">
        {state?.orderId
          ? `${state.orderId} is ${ORDER_STATUS_WORDS[status]} at position ${position}. Transitions taken: ${takenWords.join(', ') || 'none'}.`
          : 'Select an order to see where it is in its lifecycle.'}
      </p>
      <OnScreen minHeight={260}>
        <LifecycleCanvas status={status} taken={taken} />
      </OnScreen>
    </section>
  )
}

/** The diagram: statuses as nodes, transitions as edges, loops for the item events. */
function LifecycleCanvas({ status, taken }: { status: OrderStatus; taken: ReadonlyMap<string, number> }) {
  const takenKey = JSON.stringify([...taken])
  const nodes = useMemo<StageNodeType[]>(
    () =>
      STATUSES.map((entry) => ({
        id: entry.status,
        type: 'stage',
        position: { x: entry.x, y: entry.y },
        data: {
          title: ORDER_STATUS_WORDS[entry.status],
          detail: entry.status === status ? 'current' : '',
          active: entry.status === status,
          current: entry.status === status,
        },
      })),
    [status],
  )
  const edges = useMemo<LifecycleEdgeType[]>(
    () =>
      LIFECYCLE_TRANSITIONS.map((transition) => {
        const loop = transition.from === transition.to ? (transition.event === 'ItemAdded' ? 'above' : 'below') : null
        return {
          id: transition.event,
          source: transition.from,
          target: transition.to,
          type: 'lifecycle',
          label: transition.event,
          markerEnd: { type: MarkerType.ArrowClosed },
          data: { taken: taken.get(transition.event) ?? 0, loop },
        }
      }),
    // takenKey stands for `taken`, a new Map each time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [takenKey],
  )

  return (
    <div className="lifecycle-canvas" role="group" aria-label="Lifecycle diagram">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        {...READ_ONLY_FLOW}
        fitViewOptions={{ padding: 0.15 }}
      />
    </div>
  )
}

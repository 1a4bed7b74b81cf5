import { MarkerType, ReactFlow } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useMemo } from 'react'
import {
  useDeferredPosition,
  useShownStreamWords,
  useStatesAtCursor,
  useSelectedState,
} from '../../react/useTimeTravel'
import { useDomain, usePlayground } from '../../react/PlaygroundProvider'
import { entityName, type AnyDomainModule } from '../../kernel/domainModule'
import { placeStates, transitionKey, transitionsTaken } from './lifecycleModel'
import { LifecycleEdge, type LifecycleEdgeType } from './LoopEdge'
import { READ_ONLY_FLOW } from './readOnlyFlow'
import { StageNode, type StageNodeType } from './StageNode'
import { OnScreen } from '../../uikit/OnScreen'
import { withArticle } from '../../uikit/format'

const nodeTypes = { stage: StageNode }
const edgeTypes = { lifecycle: LifecycleEdge }

/** The domain's states and transitions, with the selected stream's state at the cursor marked. */
export default function LifecycleDiagram() {
  const domain = useDomain()
  const { states, transitions } = domain.lifecycle as AnyDomainModule['lifecycle']
  const { streamId, state } = useSelectedState(useStatesAtCursor(domain.category))
  const position = useDeferredPosition()
  const log = usePlayground((state) => state.log)
  const status = state ? domain.lifecycle.statusOf(state) : states[0]?.id
  const shownWords = useShownStreamWords(domain, streamId)
  const statusWords = states.find((candidate) => candidate.id === status)?.label ?? status

  const taken = useMemo(
    () => transitionsTaken(domain, streamId === null ? [] : log.streamEvents(streamId, position)),
    [domain, log, streamId, position],
  )
  // An event type with one transition is named alone; one with several says which.
  const named = (transition: (typeof transitions)[number]) =>
    transitions.filter((other) => other.event === transition.event).length > 1
      ? `${transition.event} (${transition.from} → ${transition.to})`
      : transition.event
  const takenWords = transitions
    .filter((transition) => taken.has(transitionKey(transition)))
    .map((transition) => `${named(transition)} ×${taken.get(transitionKey(transition))}`)
  return (
    <section aria-labelledby="lifecycle-heading" className="panel lifecycle-panel">
      <h2 id="lifecycle-heading">Lifecycle</h2>
      <p className="shown-stream">{shownWords}</p>
      <p className="panel-hint" aria-live="polite">
        {state && streamId && state.version > 0
          ? `${entityName(domain, streamId, state)} is ${statusWords} at position ${position}. Transitions taken: ${takenWords.join(', ') || 'none'}.`
          : `Select ${withArticle(domain.entityName)} to see where it is in its lifecycle.`}
      </p>
      <OnScreen minHeight={260}>
        <LifecycleCanvas domain={domain} status={status} taken={taken} />
      </OnScreen>
    </section>
  )
}

/** The diagram: statuses as nodes, transitions as edges, loops for the item events. */
function LifecycleCanvas(props: {
  domain: AnyDomainModule
  status: string | undefined
  taken: ReadonlyMap<string, number>
}) {
  const { domain, status, taken } = props
  const nodes = useMemo<StageNodeType[]>(
    () =>
      placeStates(domain).map((entry) => ({
        id: entry.id,
        type: 'stage',
        position: { x: entry.x, y: entry.y },
        data: {
          title: entry.label,
          detail: entry.id === status ? 'current' : '',
          active: entry.id === status,
          current: entry.id === status,
        },
      })),
    [domain, status],
  )
  const edges = useMemo<LifecycleEdgeType[]>(
    () =>
      (domain.lifecycle as AnyDomainModule['lifecycle']).transitions.map((transition, index, all) => {
        // A state's loops alternate above and below it, so their labels do not overlap.
        const loopsBefore = all
          .slice(0, index)
          .filter((other) => other.from === other.to && other.from === transition.from)
        const loop = transition.from === transition.to ? (loopsBefore.length % 2 === 0 ? 'above' : 'below') : null
        return {
          id: transitionKey(transition),
          source: transition.from,
          target: transition.to,
          type: 'lifecycle',
          label: transition.event,
          markerEnd: { type: MarkerType.ArrowClosed },
          data: { taken: taken.get(transitionKey(transition)) ?? 0, loop },
        }
      }),
    [domain, taken],
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

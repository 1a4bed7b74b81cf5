import { lazy, Suspense, useMemo } from 'react'
import { causalChain } from '../../../kernel/debugger/causalChain'
import type { RecordedEvent } from '../../../kernel/eventstore'
import { usePlayground } from '../../../react/PlaygroundProvider'

// The diagram brings xyflow: it loads when an event with links is first opened.
const CausalDiagram = lazy(() => import('../../flow/CausalDiagram'))

function LinkedEvents({ label, events }: { label: string; events: readonly RecordedEvent[] }) {
  const selectEvent = usePlayground((state) => state.selectEvent)
  return (
    <div className="causal-group">
      <h4>{label}</h4>
      {events.length === 0 ? (
        <p className="empty">None.</p>
      ) : (
        <ul aria-label={label}>
          {events.map((other) => (
            <li key={other.eventId}>
              <button type="button" className="link-button" onClick={() => selectEvent(other.position)}>
                {other.position}: {other.type} on {other.streamId}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/**
 * The events linked to this one by correlation and causation ids: what caused it, what its
 * command appended with it, what it led to (a process's reactions), as lists and as a diagram.
 */
export function CausalLinks({ event, events }: { event: RecordedEvent; events: readonly RecordedEvent[] }) {
  const chain = useMemo(() => causalChain(events, event), [event, events])
  const withIt = chain.sameCommand.filter((other) => other.eventId !== event.eventId)
  const linked = chain.causedBy.length + withIt.length + chain.ledTo.length
  return (
    <section className="causal-links" aria-label="Causes and effects">
      <div className="causal-lists">
        <LinkedEvents label="Caused by" events={chain.causedBy} />
        {withIt.length > 0 && <LinkedEvents label="Appended with it" events={withIt} />}
        <LinkedEvents label="Led to" events={chain.ledTo} />
      </div>
      {linked > 0 && (
        <Suspense fallback={<p className="panel-hint">Loading the diagram…</p>}>
          <CausalDiagram event={event} chain={chain} />
        </Suspense>
      )}
    </section>
  )
}

import type { RecordedEvent } from '../eventstore'

/** The events linked to one event by its metadata: what caused it, what it led to, what came with it. */
export interface CausalChain {
  /** The event whose id is its causation id, then that event's cause, and so on: nearest first. */
  readonly causedBy: readonly RecordedEvent[]
  /** The events appended by the same command, in the same append (same stream, correlation and cause), itself included. */
  readonly sameCommand: readonly RecordedEvent[]
  /** Every event caused by it or by one of those, however far down, in position order. */
  readonly ledTo: readonly RecordedEvent[]
}

const sameAppend = (a: RecordedEvent, b: RecordedEvent) =>
  a.streamId === b.streamId &&
  a.metadata.correlationId === b.metadata.correlationId &&
  a.metadata.causationId === b.metadata.causationId

/**
 * The events one command appended, around the one at `index` of `events` (the log, or one
 * stream's events): one append is neighbours in both, on one stream, one version after another,
 * with one correlation and one cause.
 */
export function commandBatch(events: readonly RecordedEvent[], index: number): RecordedEvent[] {
  const joins = (a: RecordedEvent | undefined, b: RecordedEvent | undefined) =>
    !!a && !!b && sameAppend(a, b) && b.version === a.version + 1
  let first = index
  while (first > 0 && joins(events[first - 1], events[first])) first -= 1
  let last = index
  while (last < events.length - 1 && joins(events[last], events[last + 1])) last += 1
  return events.slice(first, last + 1)
}

/**
 * Follows correlation and causation ids from `event` through `events` (the log, in position order,
 * with `event` at its position). A cause comes before its effects, so one pass backwards finds
 * the causes and one pass forwards the effects: no index, and a log of any size costs one scan.
 */
export function causalChain(events: readonly RecordedEvent[], event: RecordedEvent): CausalChain {
  const index = event.position - 1
  const causedBy: RecordedEvent[] = []
  let wanted = event.metadata.causationId
  for (let at = index - 1; at >= 0 && wanted; at -= 1) {
    const candidate = events[at]
    if (candidate?.eventId === wanted) {
      causedBy.push(candidate)
      wanted = candidate.metadata.causationId
    }
  }
  const sameCommand = commandBatch(events, index)
  const causes = new Set([event.eventId])
  const ledTo: RecordedEvent[] = []
  for (let at = index + 1; at < events.length; at += 1) {
    const candidate = events[at]
    const cause = candidate?.metadata.causationId
    if (candidate && cause && causes.has(cause)) {
      ledTo.push(candidate)
      causes.add(candidate.eventId)
    }
  }
  return { causedBy, sameCommand, ledTo }
}

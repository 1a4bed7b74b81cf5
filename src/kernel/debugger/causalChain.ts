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
  // One command's events are one append: neighbours in the log, one version after another.
  let first = index
  while (first > 0) {
    const before = events[first - 1]
    const current = events[first]
    if (!before || !current || !sameAppend(before, current) || before.version !== current.version - 1) break
    first -= 1
  }
  let last = index
  while (last < events.length - 1) {
    const after = events[last + 1]
    const current = events[last]
    if (!after || !current || !sameAppend(after, current) || after.version !== current.version + 1) break
    last += 1
  }
  const sameCommand = events.slice(first, last + 1)
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

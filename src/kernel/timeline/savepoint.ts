import type { DomainRegistry } from '../replayStream'
import { nextTask } from '../nextTask'
import type { Timeline, TimelineBase } from './timeline'

/**
 * Every stream's latest state, saved so that the next visit shows the log's last position before
 * it has read the history: at a million events, reading the whole log takes the browser seconds,
 * and this takes a fraction of one. Derived data, like a snapshot: it can be thrown away and made
 * again from the log, and it is used only if it still fits (`savepointFits`).
 */
export interface Savepoint extends TimelineBase {
  /** The id of the event at `position`: a log cleared or replaced since no longer has it there. */
  readonly eventId: string
  /** The state shape of each category whose streams have states, as its module said then. */
  readonly shapes: Readonly<Record<string, number>>
}

/** Streams folded in one task while a savepoint is taken. */
const STREAMS_PER_TASK = 100

/**
 * The savepoint of a complete timeline at its last position: each stream's state there, a hundred
 * streams a task, so the page stays responsive; events that arrive meanwhile are not in it.
 * Undefined for an empty or a based timeline.
 */
export async function takeSavepoint(
  timeline: Timeline,
  yieldBetween: () => Promise<void> = nextTask,
): Promise<Savepoint | undefined> {
  const position = timeline.length
  const last = timeline.eventAt(position)
  if (!timeline.complete || !last) return undefined
  const shapes: Record<string, number> = {}
  const streams: Array<TimelineBase['streams'][number]> = []
  const starts = timeline.streamStarts(position)
  for (const [index, start] of starts.entries()) {
    const module = timeline.domains.forStream(start.streamId)
    if (module) shapes[module.category] = module.stateShapeVersion
    const state = module ? (timeline.stateAt(start.streamId, position, { makeCheckpoints: false }) ?? null) : null
    streams.push({ id: start.streamId, first: start.position, state })
    if ((index + 1) % STREAMS_PER_TASK === 0) await yieldBetween()
  }
  return { position, eventId: last.eventId, shapes, streams, types: timeline.eventTypes() }
}

/**
 * Whether a savepoint's states are what folding the log with today's modules gives: every
 * category it holds states of has a module of the same state shape (a learner's module changed
 * since has another), and no stream it kept without a state is folded by a module today.
 */
export function savepointFits(savepoint: Savepoint, domains: DomainRegistry): boolean {
  for (const [category, shape] of Object.entries(savepoint.shapes))
    if (domains.forCategory(category)?.stateShapeVersion !== shape) return false
  return savepoint.streams.every((stream) => stream.state !== null || !domains.forStream(stream.id))
}

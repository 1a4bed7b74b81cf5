import type { VersionedState } from '../domainModule'
import type { RecordedEvent } from '../eventstore'
import type { StatesView, Timeline } from './timeline'

/**
 * The log as of one batch of events: a new value whenever events arrive or the log is cleared,
 * so a React memo or selector keyed on it recomputes exactly then. The timeline behind it keeps
 * its indexes and checkpoints mutable and shared (as xyflow keeps its lookups inside and publishes
 * new arrays); a view never reads past its own `length`.
 */
export class LogView {
  constructor(
    private readonly timeline: Timeline,
    /** How many events this view holds: the last position. */
    readonly length: number = timeline.length,
  ) {}

  /** The same object for every view of one timeline, a new one after a reset: a key for caches that outlive a batch. */
  get lineage(): object {
    return this.timeline
  }

  /**
   * Every event of this view, in position order: from position 1 when `complete`; else the part
   * of the log read so far, from the timeline's `firstHeld` (the history is on its way).
   */
  get events(): readonly RecordedEvent[] {
    const all = this.timeline.events
    const excess = this.timeline.length - this.length
    return excess === 0 ? all : all.slice(0, all.length - excess)
  }

  /** Whether the view holds the whole log; false while only the latest states and the tail are read. */
  get complete(): boolean {
    return this.timeline.complete
  }

  private clamp(position: number): number {
    return Math.min(position, this.length)
  }

  /** The event at a position (1-based), if this view holds it. */
  eventAt(position: number): RecordedEvent | undefined {
    return position <= this.length ? this.timeline.eventAt(position) : undefined
  }

  /** Every stream of `category` as of `position` (default: the last). */
  statesAt<State extends VersionedState = VersionedState>(
    category: string,
    position: number = this.length,
  ): StatesView<State> {
    return this.timeline.statesAt<State>(category, this.clamp(position))
  }

  /** One stream's state as of `position`, folded by its category's module. */
  stateAt(streamId: string, position: number): VersionedState | undefined {
    return this.timeline.stateAt(streamId, this.clamp(position))
  }

  /** One stream's events at or before `position` (default: the last), in version order. */
  streamEvents(streamId: string, position: number = this.length): readonly RecordedEvent[] {
    return this.timeline.streamEvents(streamId, this.clamp(position))
  }

  /** How many streams (of every category) this view holds. */
  get streamCount(): number {
    return this.timeline.streamCountAt(this.length)
  }

  /** Every stream id, in order of creation. */
  streamIds(): string[] {
    return this.timeline.streamIds().slice(0, this.streamCount)
  }

  /** Every event type of this view, in order of first appearance. */
  eventTypes(): string[] {
    if (this.length === this.timeline.length) return this.timeline.eventTypes()
    const seen = new Set<string>()
    for (const event of this.events) seen.add(event.type)
    return [...seen]
  }
}

import type { AnyDomainModule, VersionedState } from '../domainModule'
import type { RecordedEvent } from '../eventstore'
import { replayStream, type DomainRegistry } from '../replayStream'
import { PackedEvents } from './packedEvents'
import { StatesAtPosition, type StreamHistories } from './statesAtPosition'

/** Every stream's state of one category, keyed by stream id, as of one global position. */
export type StatesView<State = VersionedState> = ReadonlyMap<string, State>

/** How many events of one stream lie between two of its checkpoints unless told otherwise. */
export const DEFAULT_CHECKPOINT_INTERVAL = 32

interface StreamHistory {
  /** The stream id, kept once for all its events. */
  readonly id: string
  /** The position of the stream's first event. */
  readonly first: number
  /** The stream's events in version order (so in position order too); after the base only, on a based timeline. */
  readonly events: RecordedEvent[]
  /** What its first event in `events` is folded onto: the initial state, or the state saved at the base. */
  readonly start: VersionedState
  /** The module that folds this stream, if its category has one; other streams are only filed. */
  readonly module: AnyDomainModule | undefined
  /** Folded streams only: the state after the stream's first `interval`, `2 × interval`, … events, made as needed. */
  readonly checkpoints: VersionedState[]
  /** The last state asked for, after this many of the stream's events: usually the latest. */
  last: { readonly count: number; readonly state: VersionedState }
}

/**
 * Where a timeline can start instead of position 0 (see `Savepoint`): every stream's state as of
 * `position`, in order of creation, and the event types seen by then.
 */
export interface TimelineBase {
  readonly position: number
  readonly streams: readonly {
    readonly id: string
    /** The position of the stream's first event. */
    readonly first: number
    /** Its state at `position`; null for a stream no module folds. */
    readonly state: VersionedState | null
  }[]
  readonly types: readonly string[]
}

/** A stream's first event, as the lists of streams in order of creation keep it. */
interface StreamStart {
  readonly position: number
  readonly streamId: string
}

/** How many of `events` (in position order) are at or before `position`: a binary search. */
export function countAtOrBefore(events: readonly { readonly position: number }[], position: number): number {
  let low = 0
  let high = events.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((events[middle]?.position ?? 0) <= position) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * The whole log, indexed for time travel. Arriving events are only filed under their stream;
 * a stream is folded (by its category's module) when it is first asked for, so loading a long
 * log costs no fold, and a stream nobody looks at costs nothing. Per stream, a checkpoint (a reference to an immutable
 * state) is kept every `interval` of its events, made the first time a fold passes it. An
 * order's state at position p is its checkpoint at or before p plus at most `interval - 1` of its
 * own events: no full replay per seek and no reads from storage. Checkpoints per stream, not
 * per log, keep one state for every `interval` events however the orders interleave; a
 * checkpoint of every order every n positions would keep one for almost every event of a log
 * of many interleaved orders. Events must arrive in position order without gaps.
 *
 * A based timeline starts from a `TimelineBase` instead: the latest states saved by an earlier
 * visit, so a long log shows its last position before its history is read. It holds the events
 * from `from` on (some before the base, to show; only those after it are folded) and answers for
 * positions at or after the base only: the panels wait for the whole timeline to travel.
 */
export class Timeline {
  private readonly log: RecordedEvent[] = []
  /** How many positions come before the first event held: 0 unless the timeline is based. */
  private readonly offset: number
  /** The position the states start from: 0 unless the timeline is based. */
  readonly basePosition: number
  private readonly streams = new Map<string, StreamHistory>()
  /** The first event of every stream, in position order: the streams at p are a prefix. */
  private readonly firstEvents: StreamStart[] = []
  /** Per category: the first event of each of its streams, in position order. */
  private readonly categoryFirstEvents = new Map<string, StreamStart[]>()
  /** Every event type seen, in order of first appearance, each kept once: packed events share it. */
  private readonly types = new Map<string, string>()
  /** The ids, times and metadata of the events held, in typed arrays. */
  private readonly packed = new PackedEvents()
  /** The view of the last position per category, handed out until the next event arrives. */
  private liveViews = new Map<string, StatesAtPosition<VersionedState>>()

  constructor(
    readonly domains: DomainRegistry,
    readonly interval: number = DEFAULT_CHECKPOINT_INTERVAL,
    /** Where to start, and the first position to be appended (at most one past the base). */
    based?: { readonly base: TimelineBase; readonly from: number },
  ) {
    if (!Number.isInteger(interval) || interval < 1)
      throw new RangeError('The checkpoint interval must be a positive integer.')
    this.basePosition = based?.base.position ?? 0
    this.offset = based ? Math.max(0, Math.min(based.from, this.basePosition + 1) - 1) : 0
    for (const type of based?.base.types ?? []) this.types.set(type, type)
    for (const saved of based?.base.streams ?? []) {
      const module = this.domains.forStream(saved.id)
      const start = saved.state ?? module?.decider.initialState ?? { version: 0 }
      this.file({ position: saved.first, streamId: saved.id }, module, start)
    }
  }

  /** Files a new stream under its first event. */
  private file(first: StreamStart, module: AnyDomainModule | undefined, start: VersionedState): StreamHistory {
    const stream = {
      id: first.streamId,
      first: first.position,
      module,
      events: [],
      start,
      checkpoints: [],
      last: { count: 0, state: start },
    }
    this.streams.set(first.streamId, stream)
    this.firstEvents.push(first)
    if (module) {
      const firsts = this.categoryFirstEvents.get(module.category)
      if (firsts) firsts.push(first)
      else this.categoryFirstEvents.set(module.category, [first])
    }
    return stream
  }

  /** The number of events folded: the last position. */
  get length(): number {
    return this.offset + this.log.length
  }

  /** Whether the timeline holds the whole log from position 1 (it is not based). */
  get complete(): boolean {
    return this.basePosition === 0
  }

  /** The position of the first event held: 1 unless the timeline is based. */
  get firstHeld(): number {
    return this.offset + 1
  }

  /** The events held, in position order: every event, unless the timeline is based. */
  get events(): readonly RecordedEvent[] {
    return this.log
  }

  /**
   * Makes room for the log up to `position` at once, for a caller that appends a long log in
   * slices: else each slice grows the packed columns again, copying all of them.
   */
  reserve(position: number): void {
    if (this.complete) this.packed.reserve(position)
  }

  /**
   * Adds events that came after the last one; ignores any already folded. The timeline keeps
   * packed copies (equal in every field, see PackedEvents), which `events` and every read hand out.
   */
  append(events: readonly RecordedEvent[]): void {
    const last = events.at(-1)
    // A based timeline holds a short tail: its events stay as they came, unpacked.
    if (last && this.complete) this.packed.reserve(last.position)
    for (const arriving of events) {
      if (arriving.position <= this.length) continue
      if (arriving.position !== this.length + 1) {
        throw new RangeError(`Timeline expected position ${this.length + 1} but got ${arriving.position}.`)
      }
      if (this.liveViews.size > 0) this.liveViews = new Map()
      let type = this.types.get(arriving.type)
      if (type === undefined) this.types.set(arriving.type, (type = arriving.type))
      let stream = this.streams.get(arriving.streamId)
      const event = this.complete ? this.packed.pack(arriving, stream?.id ?? arriving.streamId, type) : arriving
      this.log.push(event)
      // Before the base, the saved states hold the events already: they are only shown.
      if (event.position <= this.basePosition) continue
      if (!stream) {
        const module = this.domains.forStream(event.streamId)
        stream = this.file(event, module, module?.decider.initialState ?? { version: 0 })
      }
      stream.events.push(event)
    }
  }

  /** The event at a position (1-based), if there is one. */
  eventAt(position: number): RecordedEvent | undefined {
    return position > this.offset ? this.log[position - this.offset - 1] : undefined
  }

  /**
   * Every stream of `category` as of `position` (0: before any event). Positions outside
   * 0..length (base..length on a based timeline) are clamped. The view never changes afterwards; asking again after new events
   * gives a new view.
   */
  statesAt<State extends VersionedState = VersionedState>(category: string, position: number): StatesView<State> {
    const target = Math.max(this.basePosition, Math.min(Math.floor(position), this.length))
    const live = target === this.length
    const known = live ? this.liveViews.get(category) : undefined
    if (known) return known as unknown as StatesView<State>
    const view = new StatesAtPosition<VersionedState>(this.historiesOf(category), target)
    if (live) this.liveViews.set(category, view)
    return view as unknown as StatesView<State>
  }

  /** How many streams (of every category) had their first event at or before `position`. */
  streamCountAt(position: number): number {
    return countAtOrBefore(this.firstEvents, position)
  }

  /** The streams created at or before `position`, in order of creation, each with its first position. */
  streamStarts(position: number = this.length): readonly StreamStart[] {
    return this.firstEvents.slice(0, this.streamCountAt(position))
  }

  /** Every stream id, in order of creation. */
  streamIds(): string[] {
    return this.firstEvents.map((event) => event.streamId)
  }

  /** Every event type in the log, in order of first appearance. */
  eventTypes(): string[] {
    return [...this.types.keys()]
  }

  /** One stream's events at or before `position` (default: all of them), in version order. */
  streamEvents(streamId: string, position: number = this.length): readonly RecordedEvent[] {
    const stream = this.streams.get(streamId)?.events ?? []
    const count = countAtOrBefore(stream, position)
    return count === stream.length ? stream : stream.slice(0, count)
  }

  /** The lookups a view of one category reads. */
  private historiesOf(category: string): StreamHistories<VersionedState> {
    const firsts = () => this.categoryFirstEvents.get(category) ?? []
    return {
      countAt: (position) => countAtOrBefore(firsts(), position),
      streamAt: (index) => {
        const first = firsts()[index]
        if (first === undefined) throw new RangeError(`There is no ${category} stream number ${index}.`)
        return first.streamId
      },
      hasAt: (streamId, position) => {
        const stream = this.streams.get(streamId)
        return stream?.module?.category === category && stream.first <= position
      },
      stateAt: (streamId, position) => this.stateAt(streamId, position) as VersionedState,
    }
  }

  /**
   * One stream's state as of `position`, folded by its category's module; the module's initial
   * state if the stream did not exist yet, undefined if no module folds its category.
   *
   * `makeCheckpoints: false` folds on from the last state asked for (or from the start) without
   * making checkpoints: a savepoint reads every stream once at the last position, and checkpoints
   * for all of a million events would cost memory that nobody travels through.
   */
  stateAt(
    streamId: string,
    position: number,
    { makeCheckpoints = true }: { readonly makeCheckpoints?: boolean } = {},
  ): VersionedState | undefined {
    const stream = this.streams.get(streamId)
    const module = stream?.module ?? this.domains.forStream(streamId)
    if (!module) return undefined
    if (!stream) return module.decider.initialState as VersionedState
    const count = countAtOrBefore(stream.events, position)
    if (count === stream.last.count) return stream.last.state
    // Fold on from the last state when it is on the way; otherwise from the checkpoint before `count`.
    const checkpointIndex = makeCheckpoints ? this.checkpointUpTo(module, stream, count) : 0
    let from = checkpointIndex * this.interval
    let state = checkpointIndex > 0 ? (stream.checkpoints[checkpointIndex - 1] as VersionedState) : stream.start
    if (stream.last.count > from && stream.last.count < count) {
      from = stream.last.count
      state = stream.last.state
    }
    state = replayStream(module, stream.events.slice(from, count), state)
    stream.last = { count, state }
    return state
  }

  /** Makes the stream's checkpoints up to `count` events, and returns how many lie at or before it. */
  private checkpointUpTo(module: AnyDomainModule, stream: StreamHistory, count: number): number {
    const wanted = Math.floor(count / this.interval)
    const { checkpoints, events } = stream
    while (checkpoints.length < wanted) {
      const start = checkpoints.length * this.interval
      checkpoints.push(
        replayStream(module, events.slice(start, start + this.interval), checkpoints.at(-1) ?? stream.start),
      )
    }
    return wanted
  }
}

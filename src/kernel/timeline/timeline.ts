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
  /** The stream's events in version order (so in position order too). */
  readonly events: RecordedEvent[]
  /** The module that folds this stream, if its category has one; other streams are only filed. */
  readonly module: AnyDomainModule | undefined
  /** Folded streams only: the state after the stream's first `interval`, `2 × interval`, … events, made as needed. */
  readonly checkpoints: VersionedState[]
  /** The last state asked for, after this many of the stream's events: usually the latest. */
  last: { readonly count: number; readonly state: VersionedState }
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
 */
export class Timeline {
  private readonly log: RecordedEvent[] = []
  private readonly streams = new Map<string, StreamHistory>()
  /** The first event of every stream, in position order: the streams at p are a prefix. */
  private readonly firstEvents: RecordedEvent[] = []
  /** Per category: the first event of each of its streams, in position order. */
  private readonly categoryFirstEvents = new Map<string, RecordedEvent[]>()
  /** Every event type seen, in order of first appearance, each kept once: packed events share it. */
  private readonly types = new Map<string, string>()
  /** The ids, times and metadata of the events held, in typed arrays. */
  private readonly packed = new PackedEvents()
  /** The view of the last position per category, handed out until the next event arrives. */
  private liveViews = new Map<string, StatesAtPosition<VersionedState>>()

  constructor(
    readonly domains: DomainRegistry,
    readonly interval: number = DEFAULT_CHECKPOINT_INTERVAL,
  ) {
    if (!Number.isInteger(interval) || interval < 1)
      throw new RangeError('The checkpoint interval must be a positive integer.')
  }

  /** The number of events folded: the last position. */
  get length(): number {
    return this.log.length
  }

  get events(): readonly RecordedEvent[] {
    return this.log
  }

  /**
   * Adds events that came after the last one; ignores any already folded. The timeline keeps
   * packed copies (equal in every field, see PackedEvents), which `events` and every read hand out.
   */
  append(events: readonly RecordedEvent[]): void {
    const last = events.at(-1)
    if (last) this.packed.reserve(last.position)
    for (const arriving of events) {
      if (arriving.position <= this.log.length) continue
      if (arriving.position !== this.log.length + 1) {
        throw new RangeError(`Timeline expected position ${this.log.length + 1} but got ${arriving.position}.`)
      }
      if (this.liveViews.size > 0) this.liveViews = new Map()
      let type = this.types.get(arriving.type)
      if (type === undefined) this.types.set(arriving.type, (type = arriving.type))
      let stream = this.streams.get(arriving.streamId)
      const event = this.packed.pack(arriving, stream?.id ?? arriving.streamId, type)
      this.log.push(event)
      const { streamId } = event
      if (!stream) {
        const module = this.domains.forStream(streamId)
        const initial: VersionedState = module?.decider.initialState ?? { version: 0 }
        stream = { id: streamId, module, events: [], checkpoints: [], last: { count: 0, state: initial } }
        this.streams.set(streamId, stream)
        this.firstEvents.push(event)
        if (module) {
          const firsts = this.categoryFirstEvents.get(module.category)
          if (firsts) firsts.push(event)
          else this.categoryFirstEvents.set(module.category, [event])
        }
      }
      stream.events.push(event)
    }
  }

  /** The event at a position (1-based), if there is one. */
  eventAt(position: number): RecordedEvent | undefined {
    return position >= 1 ? this.log[position - 1] : undefined
  }

  /**
   * Every stream of `category` as of `position` (0: before any event). Positions outside
   * 0..length are clamped. The view never changes afterwards; asking again after new events
   * gives a new view.
   */
  statesAt<State extends VersionedState = VersionedState>(category: string, position: number): StatesView<State> {
    const target = Math.max(0, Math.min(Math.floor(position), this.log.length))
    const live = target === this.log.length
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

  /** Every stream id, in order of creation. */
  streamIds(): string[] {
    return this.firstEvents.map((event) => event.streamId)
  }

  /** Every event type in the log, in order of first appearance. */
  eventTypes(): string[] {
    return [...this.types.keys()]
  }

  /** One stream's events at or before `position` (default: all of them), in version order. */
  streamEvents(streamId: string, position: number = this.log.length): readonly RecordedEvent[] {
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
        const first = stream?.module?.category === category ? stream.events[0] : undefined
        return first !== undefined && first.position <= position
      },
      stateAt: (streamId, position) => this.stateAt(streamId, position) as VersionedState,
    }
  }

  /**
   * One stream's state as of `position`, folded by its category's module; the module's initial
   * state if the stream did not exist yet, undefined if no module folds its category.
   */
  stateAt(streamId: string, position: number): VersionedState | undefined {
    const stream = this.streams.get(streamId)
    const module = stream?.module ?? this.domains.forStream(streamId)
    if (!module) return undefined
    if (!stream) return module.decider.initialState as VersionedState
    const count = countAtOrBefore(stream.events, position)
    if (count === stream.last.count) return stream.last.state
    // Fold on from the last state when it is on the way; otherwise from the checkpoint before `count`.
    const checkpointIndex = this.checkpointUpTo(module, stream, count)
    let from = checkpointIndex * this.interval
    let state =
      checkpointIndex > 0 ? (stream.checkpoints[checkpointIndex - 1] as VersionedState) : module.decider.initialState
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
        replayStream(
          module,
          events.slice(start, start + this.interval),
          checkpoints.at(-1) ?? module.decider.initialState,
        ),
      )
    }
    return wanted
  }
}

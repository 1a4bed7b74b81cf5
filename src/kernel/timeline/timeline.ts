import { initialOrderState, replayOrder, type OrderState } from '../../domains/order'
import type { RecordedEvent } from '../eventstore'
import { OrdersAtPosition, type OrderHistories } from './statesAtPosition'

/** Every order's state, keyed by stream id, as of one global position. */
export type OrdersView = ReadonlyMap<string, OrderState>

/** How many events of one stream lie between two of its checkpoints unless told otherwise. */
export const DEFAULT_CHECKPOINT_INTERVAL = 32

interface StreamHistory {
  /** The stream's events in version order (so in position order too). */
  readonly events: RecordedEvent[]
  /** Order streams only: the state after the stream's first `interval`, `2 × interval`, … events, made as needed. */
  readonly checkpoints: OrderState[]
  /** The last state asked for, after this many of the stream's events: usually the latest. */
  last: { readonly count: number; readonly state: OrderState }
}

const isOrderStream = (streamId: string) => streamId.startsWith('Order-')

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
 * an order is folded when it is first asked for, so loading a long log costs no fold, and an
 * order nobody looks at costs nothing. Per stream, a checkpoint (a reference to an immutable
 * state) is kept every `interval` of its events, made the first time a fold passes it. An
 * order's state at position p is its checkpoint at or before p plus at most `interval - 1` of its
 * own events: no full replay per seek and no reads from storage. Checkpoints per stream, not
 * per log, keep one state for every `interval` events however the orders interleave; a
 * checkpoint of every order every n positions would keep one for almost every event of a log
 * of many interleaved orders. Events must arrive in position order without gaps.
 */
export class Timeline implements OrderHistories {
  private readonly log: RecordedEvent[] = []
  private readonly streams = new Map<string, StreamHistory>()
  /** The first event of every order stream, in position order: the orders at p are a prefix. */
  private readonly orderFirstEvents: RecordedEvent[] = []
  /** The view of the last position, handed out until the next event arrives. */
  private liveView: OrdersAtPosition | null = null

  constructor(readonly interval: number = DEFAULT_CHECKPOINT_INTERVAL) {
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

  /** Adds events that came after the last one; ignores any already folded. */
  append(events: readonly RecordedEvent[]): void {
    for (const event of events) {
      if (event.position <= this.log.length) continue
      if (event.position !== this.log.length + 1) {
        throw new RangeError(`Timeline expected position ${this.log.length + 1} but got ${event.position}.`)
      }
      this.log.push(event)
      this.liveView = null
      const { streamId } = event
      let stream = this.streams.get(streamId)
      if (!stream) {
        stream = { events: [], checkpoints: [], last: { count: 0, state: initialOrderState } }
        this.streams.set(streamId, stream)
        if (isOrderStream(streamId)) this.orderFirstEvents.push(event)
      }
      stream.events.push(event)
    }
  }

  /** The event at a position (1-based), if there is one. */
  eventAt(position: number): RecordedEvent | undefined {
    return position >= 1 ? this.log[position - 1] : undefined
  }

  /**
   * Every order as of `position` (0: before any event). Positions outside 0..length are clamped.
   * The view never changes afterwards; asking again after new events gives a new view.
   */
  ordersAt(position: number): OrdersView {
    const target = Math.max(0, Math.min(Math.floor(position), this.log.length))
    if (target === this.log.length) return (this.liveView ??= new OrdersAtPosition(this, target))
    return new OrdersAtPosition(this, target)
  }

  /** One stream's events at or before `position` (default: all of them), in version order. */
  streamEvents(streamId: string, position: number = this.log.length): readonly RecordedEvent[] {
    const stream = this.streams.get(streamId)?.events ?? []
    const count = countAtOrBefore(stream, position)
    return count === stream.length ? stream : stream.slice(0, count)
  }

  orderCountAt(position: number): number {
    return countAtOrBefore(this.orderFirstEvents, position)
  }

  orderStreamAt(index: number): string {
    const first = this.orderFirstEvents[index]
    if (first === undefined) throw new RangeError(`There is no order number ${index}.`)
    return first.streamId
  }

  hasOrderAt(streamId: string, position: number): boolean {
    const first = isOrderStream(streamId) ? this.streams.get(streamId)?.events[0] : undefined
    return first !== undefined && first.position <= position
  }

  /** One order's state as of `position`; the initial state if it did not exist yet. */
  orderAt(streamId: string, position: number): OrderState {
    const stream = isOrderStream(streamId) ? this.streams.get(streamId) : undefined
    if (!stream) return initialOrderState
    const count = countAtOrBefore(stream.events, position)
    if (count === stream.last.count) return stream.last.state
    // Fold on from the last state when it is on the way; otherwise from the checkpoint before `count`.
    const checkpointIndex = this.checkpointUpTo(stream, count)
    let from = checkpointIndex * this.interval
    let state = checkpointIndex > 0 ? (stream.checkpoints[checkpointIndex - 1] as OrderState) : initialOrderState
    if (stream.last.count > from && stream.last.count < count) {
      from = stream.last.count
      state = stream.last.state
    }
    state = replayOrder(stream.events.slice(from, count), state)
    stream.last = { count, state }
    return state
  }

  /** Makes the stream's checkpoints up to `count` events, and returns how many lie at or before it. */
  private checkpointUpTo(stream: StreamHistory, count: number): number {
    const wanted = Math.floor(count / this.interval)
    const { checkpoints, events } = stream
    while (checkpoints.length < wanted) {
      const start = checkpoints.length * this.interval
      checkpoints.push(replayOrder(events.slice(start, start + this.interval), checkpoints.at(-1) ?? initialOrderState))
    }
    return wanted
  }
}

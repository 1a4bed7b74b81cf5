import { initialOrderState, replayOrderEvent, type OrderState } from '../domain/order'
import type { RecordedEvent } from '../eventstore'
import { OrdersAtPosition, type OrderHistories } from './ordersAtPosition'

/** Every order's state, keyed by stream id, as of one global position. */
export type OrdersView = ReadonlyMap<string, OrderState>

/** How many events of one stream lie between two of its checkpoints unless told otherwise. */
export const DEFAULT_CHECKPOINT_INTERVAL = 32

interface StreamHistory {
  /** The stream's events in version order (so in position order too). */
  readonly events: RecordedEvent[]
  /** Order streams only: the state after the stream's first `interval`, `2 × interval`, … events. */
  readonly checkpoints: OrderState[]
}

const isOrderStream = (streamId: string) => streamId.startsWith('Order-')

/** How many of `events` (in position order) are at or before `position`: a binary search. */
function countAtOrBefore(events: readonly RecordedEvent[], position: number): number {
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
 * The whole log folded for time travel. It keeps each order's live state, and per stream a
 * checkpoint (a reference to an immutable state) every `interval` events of that stream. An
 * order's state at position p is its checkpoint at or before p plus at most `interval - 1` of its
 * own events: no full replay per seek and no reads from storage. Checkpoints per stream, not
 * per log, keep one state for every `interval` events however the orders interleave; a
 * checkpoint of every order every n positions would keep one for almost every event of a log
 * of many interleaved orders. Events must arrive in position order without gaps.
 */
export class Timeline implements OrderHistories {
  private readonly log: RecordedEvent[] = []
  private readonly live = new Map<string, OrderState>()
  private readonly streams = new Map<string, StreamHistory>()
  /** Order stream ids in the order they were created, and the position each was created at. */
  private readonly orderIds: string[] = []
  private readonly orderStarts: number[] = []
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
        stream = { events: [], checkpoints: [] }
        this.streams.set(streamId, stream)
        if (isOrderStream(streamId)) {
          this.orderIds.push(streamId)
          this.orderStarts.push(event.position)
        }
      }
      stream.events.push(event)
      if (!isOrderStream(streamId)) continue
      const state = replayOrderEvent(this.live.get(streamId) ?? initialOrderState, event)
      this.live.set(streamId, state)
      if (stream.events.length % this.interval === 0) stream.checkpoints.push(state)
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

  /** One order's state as of `position`; the initial state if it did not exist yet. */
  orderAt(streamId: string, position: number): OrderState {
    return this.stateAt(streamId, position)
  }

  orderCountAt(position: number): number {
    let low = 0
    let high = this.orderStarts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((this.orderStarts[middle] ?? 0) <= position) low = middle + 1
      else high = middle
    }
    return low
  }

  orderStreamAt(index: number): string {
    const streamId = this.orderIds[index]
    if (streamId === undefined) throw new RangeError(`There is no order number ${index}.`)
    return streamId
  }

  hasOrderAt(streamId: string, position: number): boolean {
    const first = isOrderStream(streamId) ? this.streams.get(streamId)?.events[0] : undefined
    return first !== undefined && first.position <= position
  }

  stateAt(streamId: string, position: number): OrderState {
    const stream = isOrderStream(streamId) ? this.streams.get(streamId) : undefined
    if (!stream) return initialOrderState
    const count = countAtOrBefore(stream.events, position)
    if (count === stream.events.length) return this.live.get(streamId) ?? initialOrderState
    const index = Math.floor(count / this.interval)
    let state = index > 0 ? (stream.checkpoints[index - 1] ?? initialOrderState) : initialOrderState
    for (let at = index * this.interval; at < count; at += 1) {
      const event = stream.events[at]
      if (event) state = replayOrderEvent(state, event)
    }
    return state
  }
}

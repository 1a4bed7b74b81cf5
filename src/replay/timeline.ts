import { initialOrderState, replayOrderEvent, type OrderState } from '../domain/order'
import type { RecordedEvent } from '../eventstore'
import { OverlayView } from './overlayView'

/** Every order's state, keyed by stream id, as of one global position. */
export type OrdersView = ReadonlyMap<string, OrderState>

/** How many events lie between two checkpoints unless told otherwise. */
export const DEFAULT_CHECKPOINT_INTERVAL = 256

/** Folds an Order event into `orders`; an order not in it yet starts from `earlier` (a checkpoint), if given. */
function applyEvent(orders: Map<string, OrderState>, event: RecordedEvent, earlier?: OrdersView): void {
  if (!event.streamId.startsWith('Order-')) return
  const before = orders.get(event.streamId) ?? earlier?.get(event.streamId) ?? initialOrderState
  orders.set(event.streamId, replayOrderEvent(before, event))
}

/**
 * The whole log folded for time travel. It keeps the live state, plus a checkpoint (a Map
 * of references to immutable order states, so the states themselves are shared) every
 * `interval` positions. The state at position p is the checkpoint at or before p plus at
 * most `interval - 1` events: no full replay per seek, no state copy per event, no reads
 * from storage. Events must arrive in position order without gaps.
 */
export class Timeline {
  private readonly log: RecordedEvent[] = []
  private readonly checkpoints: OrdersView[] = [new Map()]
  private readonly live = new Map<string, OrderState>()
  /** Each stream's events in version order, so one order's history costs its own length, not the log's. */
  private readonly byStream = new Map<string, RecordedEvent[]>()
  /** A copy of `live` handed out to readers, so a view never changes after it was returned. */
  private liveView: OrdersView | null = null

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
      const stream = this.byStream.get(event.streamId)
      if (stream) stream.push(event)
      else this.byStream.set(event.streamId, [event])
      applyEvent(this.live, event)
      this.liveView = null
      if (this.log.length % this.interval === 0) this.checkpoints.push(new Map(this.live))
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
    if (target === this.log.length) return (this.liveView ??= new Map(this.live))
    const checkpointIndex = Math.floor(target / this.interval)
    const checkpoint = this.checkpoints[checkpointIndex] ?? new Map()
    const start = checkpointIndex * this.interval
    if (start === target) return checkpoint
    // Only the orders these events touch are folded and held; the rest are read from the checkpoint.
    const changed = new Map<string, OrderState>()
    for (let index = start; index < target; index += 1) {
      const event = this.log[index]
      if (event) applyEvent(changed, event, checkpoint)
    }
    return new OverlayView(checkpoint, changed)
  }

  /** One stream's events at or before `position` (default: all of them), in version order. */
  streamEvents(streamId: string, position: number = this.log.length): readonly RecordedEvent[] {
    const stream = this.byStream.get(streamId) ?? []
    // Positions grow with versions: binary search for the first event after `position`.
    let low = 0
    let high = stream.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((stream[middle]?.position ?? 0) <= position) low = middle + 1
      else high = middle
    }
    return low === stream.length ? stream : stream.slice(0, low)
  }

  /** One order's state as of `position`; the initial state if it did not exist yet. */
  orderAt(streamId: string, position: number): OrderState {
    return this.ordersAt(position).get(streamId) ?? initialOrderState
  }
}

import type { OrderState } from '../../domains/order'

/** What a view needs from the timeline: the order streams in order of creation, and one order's state at a position. */
export interface OrderHistories {
  /** How many order streams had their first event at or before `position`. */
  orderCountAt(position: number): number
  /** The id of the `index`-th order stream to be created (0-based). */
  orderStreamAt(index: number): string
  /** Whether the stream is an order stream that existed at `position`. */
  hasOrderAt(streamId: string, position: number): boolean
  /** The order's state after its events at or before `position`. */
  orderAt(streamId: string, position: number): OrderState
}

/**
 * Every order as of one position, as a read-only Map that folds an order only when it is asked
 * for, and remembers it. A panel reads the selected order and the rows on screen: a thousand
 * orders cost what those few do. The position is fixed, so the view never changes, even as the
 * log grows. Keys come in the order the orders were created, as a Map filled by a replay would have them.
 */
export class OrdersAtPosition implements ReadonlyMap<string, OrderState> {
  private readonly folded = new Map<string, OrderState>()
  readonly size: number

  constructor(
    private readonly histories: OrderHistories,
    readonly position: number,
  ) {
    this.size = histories.orderCountAt(position)
  }

  get(streamId: string): OrderState | undefined {
    const known = this.folded.get(streamId)
    if (known) return known
    if (!this.histories.hasOrderAt(streamId, this.position)) return undefined
    const state = this.histories.orderAt(streamId, this.position)
    this.folded.set(streamId, state)
    return state
  }

  has(streamId: string): boolean {
    return this.histories.hasOrderAt(streamId, this.position)
  }

  *keys(): MapIterator<string> {
    for (let index = 0; index < this.size; index += 1) yield this.histories.orderStreamAt(index)
  }

  *entries(): MapIterator<[string, OrderState]> {
    for (const streamId of this.keys()) yield [streamId, this.get(streamId) as OrderState]
  }

  *values(): MapIterator<OrderState> {
    for (const [, state] of this.entries()) yield state
  }

  [Symbol.iterator](): MapIterator<[string, OrderState]> {
    return this.entries()
  }

  forEach(callback: (value: OrderState, key: string, map: ReadonlyMap<string, OrderState>) => void, thisArg?: unknown) {
    for (const [streamId, state] of this.entries()) callback.call(thisArg, state, streamId, this)
  }
}

/** What a view needs from the timeline: one category's streams in order of creation, and one stream's state at a position. */
export interface StreamHistories<State> {
  /** How many of the category's streams had their first event at or before `position`. */
  countAt(position: number): number
  /** The id of the `index`-th stream of the category to be created (0-based). */
  streamAt(index: number): string
  /** Whether the stream is of the category and existed at `position`. */
  hasAt(streamId: string, position: number): boolean
  /** The stream's state after its events at or before `position`. */
  stateAt(streamId: string, position: number): State
}

/**
 * Every stream of one category as of one position, as a read-only Map that folds a stream only when it is asked
 * for, and remembers it. A panel reads the selected order and the rows on screen: a thousand
 * orders cost what those few do. The position is fixed, so the view never changes, even as the
 * log grows. Keys come in the order the orders were created, as a Map filled by a replay would have them.
 */
export class StatesAtPosition<State> implements ReadonlyMap<string, State> {
  private readonly folded = new Map<string, State>()
  readonly size: number

  constructor(
    private readonly histories: StreamHistories<State>,
    readonly position: number,
  ) {
    this.size = histories.countAt(position)
  }

  get(streamId: string): State | undefined {
    const known = this.folded.get(streamId)
    if (known) return known
    if (!this.histories.hasAt(streamId, this.position)) return undefined
    const state = this.histories.stateAt(streamId, this.position)
    this.folded.set(streamId, state)
    return state
  }

  has(streamId: string): boolean {
    return this.histories.hasAt(streamId, this.position)
  }

  *keys(): MapIterator<string> {
    for (let index = 0; index < this.size; index += 1) yield this.histories.streamAt(index)
  }

  *entries(): MapIterator<[string, State]> {
    for (const streamId of this.keys()) yield [streamId, this.get(streamId) as State]
  }

  *values(): MapIterator<State> {
    for (const [, state] of this.entries()) yield state
  }

  [Symbol.iterator](): MapIterator<[string, State]> {
    return this.entries()
  }

  forEach(callback: (value: State, key: string, map: ReadonlyMap<string, State>) => void, thisArg?: unknown) {
    for (const [streamId, state] of this.entries()) callback.call(thisArg, state, streamId, this)
  }
}

/**
 * A read-only map made of a base map and the entries changed on top of it. A seek folds at most
 * a checkpoint interval of events onto a checkpoint of every order; copying the whole checkpoint
 * for that would cost more than the fold, so only the orders the fold touched are held here.
 */
export class OverlayView<Key, Value> implements ReadonlyMap<Key, Value> {
  constructor(
    private readonly base: ReadonlyMap<Key, Value>,
    private readonly changed: ReadonlyMap<Key, Value>,
  ) {}

  get size(): number {
    let added = 0
    for (const key of this.changed.keys()) if (!this.base.has(key)) added += 1
    return this.base.size + added
  }

  get(key: Key): Value | undefined {
    return this.changed.has(key) ? this.changed.get(key) : this.base.get(key)
  }

  has(key: Key): boolean {
    return this.changed.has(key) || this.base.has(key)
  }

  /** Base order first, then keys new in the overlay: the order a copied Map would have. */
  *entries(): MapIterator<[Key, Value]> {
    for (const [key, value] of this.base) yield [key, this.changed.has(key) ? (this.changed.get(key) as Value) : value]
    for (const [key, value] of this.changed) if (!this.base.has(key)) yield [key, value]
  }

  *keys(): MapIterator<Key> {
    for (const [key] of this.entries()) yield key
  }

  *values(): MapIterator<Value> {
    for (const [, value] of this.entries()) yield value
  }

  [Symbol.iterator](): MapIterator<[Key, Value]> {
    return this.entries()
  }

  forEach(callback: (value: Value, key: Key, map: ReadonlyMap<Key, Value>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this)
  }
}

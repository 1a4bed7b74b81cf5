/**
 * Makes IndexedDB's `add` fail with QuotaExceededError from the `failAt`-th call on, as a full
 * disk would, inside the adapter's own write transaction. Returns a function that restores it.
 */
export function quotaExceededFrom(failAt: number): () => void {
  const prototype = IDBObjectStore.prototype
  const original = Object.getOwnPropertyDescriptor(prototype, 'add') as PropertyDescriptor
  const add = original.value as IDBObjectStore['add']
  let calls = 0
  Object.defineProperty(prototype, 'add', {
    configurable: true,
    writable: true,
    value: function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      calls += 1
      if (calls >= failAt) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return add.apply(this, args)
    },
  })
  return () => Object.defineProperty(prototype, 'add', original)
}

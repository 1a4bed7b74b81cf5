import type { Page } from '@playwright/test'

/** One request on one object store of an IndexedDB database in the page: its (small) result. */
export function readInPage<T>(page: Page, database: string, store: string, request: 'getAll' | 'count'): Promise<T> {
  return page.evaluate(
    async ({ database, store, request }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const opening = indexedDB.open(database)
        opening.onsuccess = () => resolve(opening.result)
        opening.onerror = () => reject(opening.error)
      })
      const reading = db.transaction(store).objectStore(store)[request]()
      const result = await new Promise<unknown>((resolve, reject) => {
        reading.onsuccess = () => resolve(reading.result)
        reading.onerror = () => reject(reading.error)
      })
      db.close()
      return result
    },
    { database, store, request },
  ) as Promise<T>
}

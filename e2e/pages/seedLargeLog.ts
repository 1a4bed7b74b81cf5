import type { Page } from '@playwright/test'

/**
 * Writes a valid log straight into the app's IndexedDB: `orders` orders, each created then given
 * items. Used by the scale spec and the bench; `category` MyOrder writes the Order template's copy.
 */
export async function seedLargeLog(page: Page, eventCount: number, orders: number, category = 'Order'): Promise<void> {
  await page.evaluate(
    async ({ eventCount, orders, category }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('event-sourcing-playground')
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      const transaction = db.transaction('events', 'readwrite')
      const store = transaction.objectStore('events')
      const versions = new Array<number>(orders).fill(0)
      for (let position = 1; position <= eventCount; position += 1) {
        const order = (position - 1) % orders
        const version = ++versions[order]!
        const created = version === 1
        // Shaped like the UUIDs the store makes, so the log weighs what a real one does.
        const eventId = `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`
        store.put({
          eventId,
          streamId: `${category}-bulk-${order}`,
          version,
          position,
          type: created ? 'OrderCreated' : 'ItemAdded',
          data: created
            ? { orderId: `bulk-${order}`, customerId: `customer-${order % 97}` }
            : { itemId: `item-${version % 13}`, quantity: 1, unitPriceCents: 100 + (version % 13) },
          metadata: { correlationId: eventId, causationId: null, sessionId: 'seed', schemaVersion: 1 },
          // One command a second: each event has its own time, as in a log people wrote.
          recordedAt: new Date(Date.UTC(2026, 10, 22, 10) + position * 1000).toISOString(),
        })
      }
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve()
        transaction.onerror = () => reject(transaction.error)
      })
      db.close()
    },
    { eventCount, orders, category },
  )
}

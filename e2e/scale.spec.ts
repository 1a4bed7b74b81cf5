import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'

const EVENT_COUNT = 100_000
const ORDERS = 1_000

/** Writes a valid log straight into the app's IndexedDB: 1,000 orders, each created then given items. */
async function seedLargeLog(page: Page): Promise<void> {
  await page.evaluate(
    async ({ eventCount, orders }) => {
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
        store.put({
          eventId: `seed-${position}`,
          streamId: `Order-bulk-${order}`,
          version,
          position,
          type: created ? 'OrderCreated' : 'ItemAdded',
          data: created
            ? { orderId: `bulk-${order}`, customerId: `customer-${order % 97}` }
            : { itemId: `item-${version % 13}`, quantity: 1, unitPriceCents: 100 + (version % 13) },
          metadata: { correlationId: `seed-${position}`, causationId: null, sessionId: 'seed', schemaVersion: 1 },
          recordedAt: '2026-11-22T10:00:00.000Z',
        })
      }
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve()
        transaction.onerror = () => reject(transaction.error)
      })
      db.close()
    },
    { eventCount: EVENT_COUNT, orders: ORDERS },
  )
}

test('with 100,000 events the page loads, the slider reaches both ends and the log scrolls to the last event', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const playground = new PlaygroundPage(page)
  await playground.open()
  await seedLargeLog(page)
  await page.reload()
  await expect(page.getByText('100,000 events in 1,000 streams')).toBeVisible({ timeout: 30_000 })
  await playground.expectPosition(EVENT_COUNT)

  await playground.slider.focus()
  await page.keyboard.press('Home')
  await playground.expectPosition(0)
  await expect(playground.replayedState.getByText('No orders at this position.')).toBeVisible()
  await page.keyboard.press('End')
  await playground.expectPosition(EVENT_COUNT)
  await expect(playground.field('Version')).toHaveText('100')

  await playground.slider.fill('50000')
  await playground.expectPosition(50_000)
  await expect(playground.timeTravel).toContainText('position 50000 of 100000')

  // Virtualised: a handful of rows in the DOM, never 100,000.
  const grid = page.getByRole('grid', { name: 'Events' })
  await grid.evaluate((element) => element.scrollTo({ top: element.scrollHeight }))
  await expect(playground.eventRows.filter({ hasText: 'bulk-999' }).last()).toBeVisible()
  await expect(grid.getByRole('row', { name: /^100000 / })).toBeVisible()
  expect(await playground.eventRows.count()).toBeLessThan(80)
})

import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'

test('fault 9: with IndexedDB unavailable the app runs in memory, says so, and works until reload', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })
  })
  const playground = new PlaygroundPage(page)
  await playground.open()
  await expect(page.getByRole('alert').filter({ hasText: 'Not persisted' })).toContainText(
    'IndexedDB is not available in this browser',
  )
  await expect(page.getByRole('region', { name: 'Store' })).toContainText('kept in this tab’s memory only')
  await playground.createOrder('order-001', 'customer-123')
  await playground.addItem('apple', '3', '1.50')
  await expect(playground.field('Total')).toHaveText('$4.50')
  await page.reload()
  await expect(playground.eventLog.getByText('No events yet')).toBeVisible()
})

test('fault 12: with IndexedDB the Store panel says whether the browser keeps the storage', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  await expect(page.getByRole('region', { name: 'Store' })).toContainText(/Storage: (persistent|best effort)/)
  await expect(page.getByRole('alert').filter({ hasText: 'Not persisted' })).toHaveCount(0)
})

/** Opens the playground's database with plain IndexedDB in another tab, as another version of the page would. */
async function openDatabaseElsewhere(page: Page, version: number) {
  // A same-origin page that does not open the database itself (and has no favicon to miss).
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }))
  await page.goto('/event-log.schema.json')
  return page.evaluate(
    (requested) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('event-sourcing-playground', requested)
        request.onsuccess = () => {
          // Kept on the window so the test can close it; it ignores versionchange, as a stuck tab would.
          ;(window as unknown as { heldDatabase: IDBDatabase }).heldDatabase = request.result
          resolve(request.result.version)
        }
        request.onerror = () => reject(new Error(String(request.error)))
      }),
    version,
  )
}

test('fault 8: a newer schema opened in another tab: this tab is told to reload and does not crash', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.createOrder('order-001', 'customer-123')
  const newer = await context.newPage()
  expect(await openDatabaseElsewhere(newer, 1000)).toBe(1000)
  const banner = page.getByRole('alert').filter({ hasText: 'Reload needed' })
  await expect(banner).toContainText('a newer version of the playground upgraded its database in another tab')
  // The page still answers: a command gets a message, not a crash.
  await playground.addItem('apple', '3', '1.50')
  await expect(playground.commands.getByRole('alert')).toContainText('reload this tab to carry on')
  await expect(playground.eventRows).toHaveCount(1)
})

test('fault 8: opening while an older tab holds the database is reported, then carries on', async ({
  page,
  context,
}) => {
  const older = await context.newPage()
  expect(await openDatabaseElsewhere(older, 1)).toBe(1)
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('Waiting for another tab')
  await older.evaluate(() => (window as unknown as { heldDatabase: IDBDatabase }).heldDatabase.close())
  const playground = new PlaygroundPage(page)
  await expect(playground.commands).toBeVisible()
  await playground.createOrder('order-001', 'customer-123')
  await expect(playground.eventRows).toHaveCount(1)
})

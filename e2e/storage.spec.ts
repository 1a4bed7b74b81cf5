import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'

test('with IndexedDB unavailable the app runs in memory, says so, and works until reload', async ({ page }) => {
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

test('with IndexedDB the Store panel says whether the browser keeps the storage', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  await expect(page.getByRole('region', { name: 'Store' })).toContainText(/Storage: (persistent|best effort)/)
  await expect(page.getByRole('alert').filter({ hasText: 'Not persisted' })).toHaveCount(0)
})

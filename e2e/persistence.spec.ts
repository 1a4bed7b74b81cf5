import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'
import { readInPage } from './pages/readInPage'

test('an order created through the page is stored in IndexedDB and survives a reload', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  await expect(playground.eventLog.getByText('No events yet')).toBeVisible()

  await playground.createOrder('order-001', 'customer-123')
  const firstRow = playground.eventRows.first()
  await expect(firstRow).toContainText('OrderCreated')
  await expect(firstRow).toContainText('order order-001 for customer-123')

  await page.reload()
  await expect(playground.eventRows).toHaveCount(1)
  await expect(playground.eventRows.first()).toContainText('OrderCreated')
  type Row = { streamId: string; version: number; position: number }
  const rows = await readInPage<Row[]>(page, 'event-sourcing-playground', 'events', 'getAll')
  const stored = rows.map(({ streamId, version, position }) => ({ streamId, version, position }))
  expect(stored).toEqual([{ streamId: 'Order-order-001', version: 1, position: 1 }])
})

test('a second create of the same order shows why it was refused and records nothing', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.createOrder('order-042', 'customer-1')
  await expect(playground.eventRows).toHaveCount(1)

  await playground.createOrder('order-042', 'customer-2')
  await expect(page.getByRole('alert')).toContainText('Order order-042 already exists')
  await expect(playground.eventRows).toHaveCount(1)
})

test('an order id with spaces is refused with what is allowed', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.createOrder('my order', 'customer-1')
  await expect(page.getByRole('alert')).toContainText('no spaces')
  await expect(playground.eventLog.getByText('No events yet')).toBeVisible()
})

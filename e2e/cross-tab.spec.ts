import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'
import { storedEvents } from './pages/storeInPage'

const sessionOf = (tab: PlaygroundPage) =>
  tab.page
    .getByRole('banner')
    .getByText(/^tab-[0-9a-f]{8}$/)
    .textContent()

test('an order created in one tab appears in another open tab without a reload', async ({ context }) => {
  const tabA = new PlaygroundPage(await context.newPage())
  const tabB = new PlaygroundPage(await context.newPage())
  await tabA.open()
  await tabB.open()
  await expect(tabB.eventLog.getByText('No events yet')).toBeVisible()

  await tabA.createOrder('order-from-a', 'customer-1')
  await expect(tabB.eventRows).toHaveCount(1)
  await expect(tabB.eventRows.first()).toContainText('order-from-a')
  expect(await sessionOf(tabA)).not.toEqual(await sessionOf(tabB))
})

test('fault 1: a tab that submits from a stale version gets the conflict, resolves it, and the stream has no gap', async ({
  context,
}) => {
  const tabA = new PlaygroundPage(await context.newPage())
  const tabB = new PlaygroundPage(await context.newPage())
  await tabA.open()
  await tabB.open()
  await tabA.createOrder('order-001', 'customer-123')
  await expect(tabB.eventRows).toHaveCount(1)
  await tabB.press('Load order')
  await expect(tabB.commands).toContainText('Loaded order-001 at version 1.')

  await tabA.addItem('apple', '3', '1.50')
  // B sees A's event without a reload, but its form still works from version 1.
  await expect(tabB.eventRows).toHaveCount(2)
  await expect(tabB.commands).toContainText('Loaded order-001 at version 1. The store has moved on to version 2.')
  await tabB.addItem('banana', '2', '0.75')
  const alert = tabB.commands.getByRole('alert')
  await expect(alert).toContainText('Conflict')
  await expect(alert).toContainText('you expected version 1, it is now at version 2')
  await expect(alert).toContainText('v2 ItemAdded')
  await alert.getByRole('button', { name: 'Reload and retry' }).click()
  await expect(tabB.commands.getByRole('status')).toContainText('order-001 is now at version 3')
  await expect(tabA.eventRows).toHaveCount(3)

  const stream = (await storedEvents(tabA.page)).filter((e) => e.streamId === 'Order-order-001')
  expect(stream.map((e) => e.version)).toEqual([1, 2, 3])
  expect(new Set(stream.map((e) => e.sessionId)).size).toBe(2)
})

test('Open a second tab opens the playground in a new tab with its own session', async ({ context, page }) => {
  const first = new PlaygroundPage(page)
  await first.open()
  await first.createOrder('order-shared', 'customer-1')
  await expect(first.eventRows).toHaveCount(1)
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('link', { name: 'Open a second tab' }).click(),
  ])
  const second = new PlaygroundPage(opened)
  await expect(second.eventRows).toHaveCount(1)
  await expect(second.eventRows.first()).toContainText('order-shared')
  expect(await sessionOf(second)).not.toEqual(await sessionOf(first))
})

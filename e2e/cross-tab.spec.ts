import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'

test('an order created in one tab appears in another open tab without a reload', async ({ context }) => {
  const tabA = new PlaygroundPage(await context.newPage())
  const tabB = new PlaygroundPage(await context.newPage())
  await tabA.open()
  await tabB.open()
  await expect(tabB.eventLog.getByText('No events yet')).toBeVisible()

  await tabA.createOrder('order-from-a', 'customer-1')
  await expect(tabB.eventRows).toHaveCount(1)
  await expect(tabB.eventRows.first()).toContainText('order-from-a')

  const sessionOf = (tab: PlaygroundPage) =>
    tab.page
      .getByRole('banner')
      .getByText(/^tab-[0-9a-f]{8}$/)
      .textContent()
  expect(await sessionOf(tabA)).not.toEqual(await sessionOf(tabB))
})

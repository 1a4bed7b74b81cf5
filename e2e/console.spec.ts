import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'

test('playground.send from the console goes through the Order’s rules and shows in the panels', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  const created = await page.evaluate(() =>
    window.playground.send({ type: 'CreateOrder', orderId: 'console-2', customerId: 'me' }),
  )
  expect(created).toEqual({ tone: 'success', text: 'CreateOrder appended: console-2 is now at version 1.' })
  await expect(playground.eventRows).toHaveCount(1)
  const refused = await page.evaluate(() =>
    window.playground.send({ type: 'PayOrder', orderId: 'console-2', paymentMethod: 'paypal' }),
  )
  expect(refused).toMatchObject({ tone: 'error', text: expect.stringContaining('An empty order cannot be paid') })
  await expect(playground.eventRows).toHaveCount(1)
})

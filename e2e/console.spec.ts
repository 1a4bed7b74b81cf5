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

test('playground.send takes a command of any domain, found by its type, and says when no domain has it', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  const opened = await page.evaluate(() =>
    window.playground.send({ type: 'OpenAccount', accountId: 'acc-1', owner: 'Ann', initialBalanceCents: 1000 }),
  )
  expect(opened).toEqual({ tone: 'success', text: 'OpenAccount appended: acc-1 is now at version 1.' })
  const overdrawn = await page.evaluate(() =>
    window.playground.send({ type: 'Withdraw', accountId: 'acc-1', amountCents: 60_001, reason: 'car' }),
  )
  expect(overdrawn).toMatchObject({ tone: 'error', text: expect.stringContaining('overdraft limit is -$500.00') })
  const created = await page.evaluate(() =>
    window.playground.send({
      type: 'CreateItem',
      itemId: 'item-1',
      name: 'Lamp',
      description: '',
      category: 'home',
      ownerId: 'ann',
    }),
  )
  expect(created).toMatchObject({ tone: 'success' })
  const unknown = await page.evaluate(() => window.playground.send({ type: 'FlyToTheMoon' }))
  expect(unknown).toMatchObject({
    tone: 'error',
    text: expect.stringContaining('No domain has a command FlyToTheMoon'),
  })
  await expect(playground.eventRows).toHaveCount(2)
  await expect(playground.eventLog.getByRole('row', { name: /acc-1/ })).toHaveCount(1)
})

import { test } from '../fixtures'
import { expectEvents, start } from './helpers'

test('Exercise 4 passes when an ex4- order with an item is paid', async ({ page }) => {
  const { playground, exercises } = await start(page)
  await playground.createOrder('ex4-flow', 'alice')
  await playground.addItem('apple', '3', '1.50')
  await playground.pay('paypal')
  await expectEvents(playground, 3)
  await exercises.open()
  await exercises.expectStatus(4, 'passed')
})

test('Exercise 4 near miss: filled but not paid', async ({ page }) => {
  const { playground, exercises } = await start(page)
  await playground.createOrder('ex4-flow', 'alice')
  await playground.addItem('apple', '3', '1.50')
  await expectEvents(playground, 2)
  await exercises.open()
  await exercises.expectStatus(4, 'in progress')
})

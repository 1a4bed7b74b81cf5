import { test } from '../fixtures'
import { expectEvents, start } from './helpers'

test('Exercise 7 passes when an ex7- order with an item is cancelled with a reason', async ({ page }) => {
  const { playground, exercises } = await start(page)
  await playground.createOrder('ex7-oops', 'alice')
  await playground.addItem('apple', '1', '0.50')
  await playground.fill('Reason', 'ordered by mistake')
  await playground.press('Cancel order')
  await expectEvents(playground, 3)
  await exercises.open()
  await exercises.expectStatus(7, 'passed')
})

test('Exercise 7 near miss: cancelled before any item was added', async ({ page }) => {
  const { playground, exercises } = await start(page)
  await playground.createOrder('ex7-oops', 'alice')
  await playground.fill('Reason', 'ordered by mistake')
  await playground.press('Cancel order')
  await expectEvents(playground, 2)
  await exercises.open()
  await exercises.expectStatus(7, 'in progress')
})

import { test } from '../fixtures'
import { expectEvents, start } from './helpers'

test('Exercise 3 passes when an item is removed and another remains', async ({ page }) => {
  const { playground, exercises } = await start(page)
  await playground.createOrder('ex3-change', 'alice')
  await playground.addItem('apple', '1', '0.50')
  await playground.addItem('pear', '1', '0.80')
  await playground.press('Remove item')
  await expectEvents(playground, 4)
  await exercises.open()
  await exercises.expectStatus(3, 'passed')
})

test('Exercise 3 near miss: removing the only item leaves an empty order', async ({ page }) => {
  const { playground, exercises } = await start(page)
  await playground.createOrder('ex3-change', 'alice')
  await playground.addItem('apple', '1', '0.50')
  await playground.press('Remove item')
  await expectEvents(playground, 3)
  await exercises.open()
  await exercises.expectStatus(3, 'in progress')
})

import { test } from '../fixtures'
import { expectEvents, start } from './helpers'

test('Exercise 2 passes with three different items, one of quantity above 1', async ({ page }) => {
  const { playground, exercises } = await start(page)
  await playground.createOrder('ex2-cart', 'alice')
  await playground.addItem('apple', '2', '0.50')
  await playground.addItem('bread', '1', '2.25')
  await playground.addItem('milk', '1', '1.10')
  await expectEvents(playground, 4)
  await exercises.open()
  await exercises.expectStatus(2, 'passed')
})

test('Exercise 2 near miss: three items, every quantity 1', async ({ page }) => {
  const { playground, exercises } = await start(page)
  await playground.createOrder('ex2-cart', 'alice')
  await playground.addItem('apple', '1', '0.50')
  await playground.addItem('bread', '1', '2.25')
  await playground.addItem('milk', '1', '1.10')
  await expectEvents(playground, 4)
  await exercises.open()
  await exercises.expectStatus(2, 'in progress')
})

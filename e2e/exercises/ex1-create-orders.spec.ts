import { test } from '../fixtures'
import { expectEvents, start } from './helpers'

test('Exercise 1 passes with three ex1- orders for two customers, survives a reload, and resets', async ({ page }) => {
  const { playground, exercises } = await start(page)
  await playground.createOrder('ex1-a', 'alice')
  await playground.createOrder('ex1-b', 'bob')
  await playground.createOrder('ex1-c', 'alice')
  await expectEvents(playground, 3)
  await exercises.open()
  await exercises.expectStatus(1, 'passed')
  await page.reload()
  await exercises.expectStatus(1, 'passed')
  await exercises.card(1).getByRole('button', { name: 'Reset exercise' }).click()
  await exercises.expectStatus(1, 'not started')
})

test('Exercise 1 near miss: two orders are not enough', async ({ page }) => {
  const { playground, exercises } = await start(page)
  await playground.createOrder('ex1-a', 'alice')
  await playground.createOrder('ex1-b', 'bob')
  await expectEvents(playground, 2)
  await exercises.open()
  await exercises.expectStatus(1, 'in progress')
})

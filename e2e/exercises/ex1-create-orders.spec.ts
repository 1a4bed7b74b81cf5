import { expect, test } from '../fixtures'
import { ExercisesPage } from '../pages/ExercisesPage'
import { expectEvents, start, toPlayground } from './helpers'

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

test('Reset store asks first, then wipes exercise progress with the events', async ({ page }) => {
  const { playground, exercises } = await start(page)
  for (const [orderId, customer] of [
    ['ex1-a', 'alice'],
    ['ex1-b', 'bob'],
    ['ex1-c', 'alice'],
  ]) {
    await playground.createOrder(orderId!, customer!)
  }
  await expectEvents(playground, 3)
  await playground.press('Reset store')
  await expect(page.getByRole('alertdialog')).toContainText('and your exercise progress with them')
  await playground.press('Delete all events')
  await expect(playground.eventLog.getByText('No events yet')).toBeVisible()
  await exercises.open()
  await exercises.expectStatus(1, 'not started')
})

test('the Learn section explains each concept and points at the panel that shows it', async ({ page }) => {
  await start(page)
  await new ExercisesPage(page).open()
  const learn = page.getByRole('region', { name: 'Learn' })
  for (const concept of [
    'Event sourcing',
    'Event store',
    'Aggregate',
    'Versioning and optimistic locking',
    'Replay',
    'Projections',
    'CQRS',
    'Snapshots',
    'Temporal queries',
    'Trade-offs',
  ]) {
    await expect(learn.getByRole('heading', { name: concept, exact: true })).toBeVisible()
  }
  await learn.getByRole('link', { name: 'See it in Conflict lab' }).click()
  await expect(page.getByRole('region', { name: 'Conflict lab' })).toBeVisible()
})

test('Exercise 1 after Reset exercise: its steps name fresh ids, and following them passes again', async ({ page }) => {
  const { playground, exercises } = await start(page)
  for (const [orderId, customer] of [
    ['ex1-a', 'alice'],
    ['ex1-b', 'bob'],
    ['ex1-c', 'alice'],
  ] as const) {
    await playground.createOrder(orderId, customer)
  }
  await expectEvents(playground, 3)
  await exercises.open()
  await exercises.expectStatus(1, 'passed')
  await exercises.card(1).getByRole('button', { name: 'Reset exercise' }).click()
  await exercises.expectStatus(1, 'not started')
  const steps = exercises.card(1).getByRole('listitem')
  await expect(steps.first()).toHaveText(
    'In Commands, set Order ID to ex1-a-2 and Customer ID to alice, then press Create order.',
  )
  await expect(steps.nth(1)).toContainText('ex1-b-2 and ex1-c-2')
  await toPlayground(page)
  for (const [orderId, customer] of [
    ['ex1-a-2', 'alice'],
    ['ex1-b-2', 'bob'],
    ['ex1-c-2', 'alice'],
  ] as const) {
    await playground.createOrder(orderId, customer)
    await expect(playground.commands.getByRole('status')).toContainText(`${orderId} is now at version 1`)
  }
  await exercises.open()
  await exercises.expectStatus(1, 'passed')
})

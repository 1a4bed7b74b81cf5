import { expect, test } from '../fixtures'
import { start, toPlayground } from './helpers'

test('Exercise 8 passes with the total read at the asked position with the slider', async ({ page }) => {
  const { playground, exercises } = await start(page)
  await playground.createOrder('warm-up', 'zoe')
  await exercises.open()
  await exercises.card(8).getByRole('button', { name: 'Prepare ex8-timeline' }).click()
  const question = exercises.card(8).getByText(/^What was the total of ex8-timeline at position \d+\?$/)
  await expect(question).toBeVisible()
  const position = Number(/position (\d+)/.exec((await question.textContent()) ?? '')?.[1])

  await toPlayground(page)
  await playground.slider.fill(String(position))
  await playground.expectPosition(position)
  await playground.replayedState.getByRole('button', { name: /ex8-timeline/ }).click()
  const total = (await playground.field('Total').textContent()) ?? ''
  expect(total).toMatch(/^\$\d+\.\d\d$/)

  await exercises.open()
  await exercises.answer(8, 'Total at that position', total)
  await exercises.expectStatus(8, 'passed')
})

test('Exercise 8 near miss: the total now, not at the asked position', async ({ page }) => {
  const { playground, exercises } = await start(page)
  await exercises.open()
  await exercises.card(8).getByRole('button', { name: 'Prepare ex8-timeline' }).click()
  await expect(exercises.card(8).getByRole('status')).toContainText('Prepared ex8-timeline')
  await toPlayground(page)
  await playground.replayedState.getByRole('button', { name: /ex8-timeline/ }).click()
  const totalNow = (await playground.field('Total').textContent()) ?? ''
  await exercises.open()
  await exercises.answer(8, 'Total at that position', totalNow)
  await exercises.expectStatus(8, 'in progress')
})

test('Exercise 8 after Reset exercise: a new order, a new question, and its answer passes', async ({ page }) => {
  const { playground, exercises } = await start(page)
  await exercises.open()
  await exercises.card(8).getByRole('button', { name: 'Prepare ex8-timeline' }).click()
  await expect(exercises.card(8).getByRole('status')).toContainText('Prepared ex8-timeline')
  await exercises.card(8).getByRole('button', { name: 'Reset exercise' }).click()
  await exercises.expectStatus(8, 'not started')
  await exercises.card(8).getByRole('button', { name: 'Prepare ex8-timeline-2' }).click()
  const question = exercises.card(8).getByText(/^What was the total of ex8-timeline-2 at position \d+\?$/)
  await expect(question).toBeVisible()
  const position = Number(/position (\d+)/.exec((await question.textContent()) ?? '')?.[1])
  expect(position).toBeGreaterThan(5)

  await toPlayground(page)
  await playground.slider.fill(String(position))
  await playground.expectPosition(position)
  await playground.replayedState.getByRole('button', { name: /ex8-timeline-2/ }).click()
  const total = (await playground.field('Total').textContent()) ?? ''
  await exercises.open()
  await exercises.answer(8, 'Total at that position', total)
  await exercises.expectStatus(8, 'passed')
})

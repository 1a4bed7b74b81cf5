import { expect, test } from '../fixtures'
import { start, toPlayground } from './helpers'

test('Work on this docks the exercise beside the work, with its steps and a status that follows the log', async ({
  page,
}) => {
  const { playground, exercises } = await start(page)
  await exercises.open()
  await exercises.card(1).getByRole('button', { name: 'Work on this' }).click()
  const dock = page.getByRole('region', { name: 'Current exercise' })
  await expect(dock).toBeFocused()
  await expect(playground.commands).toBeVisible()
  await expect(dock).toContainText('Exercise 1: Create multiple orders')
  await expect(dock.getByRole('listitem').first()).toContainText('set Order ID to ex1-a')
  await expect(dock.getByText(/^Status:/)).toHaveText('Status: not started')
  await playground.createOrder('ex1-a', 'alice')
  await expect(dock.getByText(/^Status:/)).toHaveText('Status: in progress')
  await playground.createOrder('ex1-b', 'bob')
  await playground.createOrder('ex1-c', 'alice')
  await expect(dock.getByText(/^Status:/)).toHaveText('Status: passed')

  // The lab's exercise docks in the lab; a reload keeps the choice.
  await exercises.open()
  await exercises.card(6).getByRole('button', { name: 'Work on this' }).click()
  await expect(page.getByRole('region', { name: 'Conflict lab' })).toBeVisible()
  await expect(dock).toContainText('Exercise 6: Handle a version conflict')
  await page.reload()
  await expect(page.getByRole('region', { name: 'Current exercise' })).toContainText('Exercise 6')
  await page.getByRole('region', { name: 'Current exercise' }).getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('region', { name: 'Current exercise' })).toHaveCount(0)
  await toPlayground(page)
  await expect(page.getByRole('region', { name: 'Current exercise' })).toHaveCount(0)
})

test('a card’s concept link moves to its panel and focuses it', async ({ page }) => {
  const { exercises } = await start(page)
  await page.setViewportSize({ width: 1280, height: 800 })
  await exercises.open()
  await exercises.card(8).getByRole('link', { name: 'Concept: Temporal queries, see Time travel' }).click()
  const panel = page.getByRole('region', { name: 'Time travel' })
  await expect(panel).toBeFocused()
  await expect(panel).toBeInViewport()
  await exercises.open()
  await exercises
    .card(3)
    .getByRole('link', { name: /^Concept: .*, see Event log$/ })
    .click()
  await expect(page.getByRole('region', { name: 'Event log' })).toBeFocused()
})

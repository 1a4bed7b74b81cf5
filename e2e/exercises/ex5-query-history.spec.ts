import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'
import { expectEvents, start, toPlayground } from './helpers'
import type { PlaygroundPage } from '../pages/PlaygroundPage'
import type { ExercisesPage } from '../pages/ExercisesPage'

/** Filters the log by the prepared order and reads, as a learner would, the removed item and its version. */
async function findRemoval(
  page: Page,
  playground: PlaygroundPage,
  orderId = 'ex5-history',
  eventCount = 6,
): Promise<{ item: string; version: string }> {
  await toPlayground(page)
  await expectEvents(playground, eventCount)
  await playground.eventLog.getByLabel('Filter by stream').selectOption(`Order-${orderId}`)
  await expect(playground.eventRows.first()).toBeVisible()
  // Each read waits for its one cell: a snapshot of the row taken while the list re-renders can come back empty.
  const cells = playground.eventRows.filter({ hasText: 'ItemRemoved' }).getByRole('gridcell')
  const version = await cells.nth(2).textContent()
  const summary = await cells.last().textContent()
  return { version: version ?? '', item: (summary ?? '').replace('removed ', '') }
}

/** Prepares ex5-history, reads the removal from the log and answers it: Exercise 5 passes. */
async function prepareAndPass(
  page: Page,
  playground: PlaygroundPage,
  exercises: ExercisesPage,
): Promise<{ item: string; version: string }> {
  await exercises.open()
  await exercises.card(5).getByRole('button', { name: 'Prepare ex5-history' }).click()
  await expect(exercises.card(5).getByRole('status')).toContainText('Prepared ex5-history')
  const removal = await findRemoval(page, playground)
  await exercises.open()
  await exercises.answer(5, 'Removed item', removal.item)
  await exercises.answer(5, 'Removed at version', removal.version)
  await exercises.expectStatus(5, 'passed')
  return removal
}

test('Exercise 5 passes when the removed item and its version are read from the history', async ({ page }) => {
  const { playground, exercises } = await start(page)
  await exercises.open()
  await exercises.expectStatus(5, 'not started')
  await prepareAndPass(page, playground, exercises)
  await page.reload()
  await exercises.expectStatus(5, 'passed')
})

test('Exercise 5 near miss: the right item with its global position instead of its version', async ({ page }) => {
  const { playground, exercises } = await start(page)
  await playground.createOrder('unrelated', 'zoe')
  await exercises.open()
  await exercises.card(5).getByRole('button', { name: 'Prepare ex5-history' }).click()
  await expect(exercises.card(5).getByRole('status')).toContainText('Prepared ex5-history')
  await toPlayground(page)
  await playground.eventLog.getByLabel('Filter by stream').selectOption('Order-ex5-history')
  const position = await playground.eventRows
    .filter({ hasText: 'ItemRemoved' })
    .getByRole('gridcell')
    .first()
    .textContent()
  await exercises.open()
  await exercises.answer(5, 'Removed item', 'pear')
  await exercises.answer(5, 'Removed at version', position ?? '')
  await exercises.expectStatus(5, 'in progress')
  // The card says what went wrong: a position was read where the stream's version was asked for.
  await expect(exercises.card(5)).toContainText(`${position ?? ''} is the event's global position (the # column)`)
})

test('Exercise 5 after Reset exercise: a fresh history and a fresh question, and the right answer passes', async ({
  page,
}) => {
  const { playground, exercises } = await start(page)
  const first = await prepareAndPass(page, playground, exercises)

  await exercises.card(5).getByRole('button', { name: 'Reset exercise' }).click()
  await exercises.expectStatus(5, 'not started')
  await expect(exercises.card(5)).toContainText('Which item was removed from ex5-history-2')
  await exercises.card(5).getByRole('button', { name: 'Prepare ex5-history-2' }).click()
  await expect(exercises.card(5).getByRole('status')).toContainText('Prepared ex5-history-2')
  const second = await findRemoval(page, playground, 'ex5-history-2', 6 + 7)
  expect(second).not.toEqual(first)
  await exercises.open()
  await exercises.answer(5, 'Removed item', second.item)
  await exercises.answer(5, 'Removed at version', second.version)
  await exercises.expectStatus(5, 'passed')
})

test('exercise progress travels with the log: Export JSON carries it, and importing it restores it', async ({
  page,
}) => {
  const { playground, exercises } = await start(page)
  const removal = await prepareAndPass(page, playground, exercises)

  await toPlayground(page)
  const store = page.getByRole('region', { name: 'Store' })
  const download = page.waitForEvent('download')
  await store.getByRole('button', { name: 'Export JSON' }).click()
  const path = await (await download).path()
  await playground.press('Reset store')
  await playground.press('Delete all events')
  await expect(store).toContainText('0 events')
  await exercises.open()
  await exercises.expectStatus(5, 'not started')

  await toPlayground(page)
  await store.getByLabel(/^Import a log file/).setInputFiles(path)
  await expect(store.getByRole('status')).toContainText('Imported 6 events, and the exercise progress saved with them.')
  await exercises.open()
  await exercises.expectStatus(5, 'passed')
  await expect(exercises.card(5).getByLabel('Removed item')).toHaveValue(removal.item)
})

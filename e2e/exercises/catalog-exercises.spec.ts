import { expect, test } from '../fixtures'
import { startWithSample, toPlayground } from './helpers'

test('Catalog item exercise 1 passes with who swapped bike-001 and how often it was updated', async ({ page }) => {
  const { playground, exercises } = await startWithSample(page, 'Catalog item')
  await playground.selectIn('Items', 'bike-001')
  const audit = page.getByRole('region', { name: 'Audit trail' })
  await audit.scrollIntoViewIfNeeded()
  const swap = audit.getByRole('row', { name: /status reserved → swapped/ })
  await expect(swap).toHaveCount(1)
  const who = (await swap.getByRole('cell').nth(1).textContent()) ?? ''
  expect(who).toBe('cleo')
  const updates = await audit.getByRole('row', { name: /ItemUpdated/ }).count()
  await exercises.open()
  await exercises.answer(1, 'Swapped by', who)
  await exercises.answer(1, 'Number of updates', String(updates))
  await exercises.expectStatus(1, 'passed')
})

test('Catalog item exercise 1 near miss: the owner, not who made the swap', async ({ page }) => {
  const { exercises } = await startWithSample(page, 'Catalog item')
  await exercises.open()
  await exercises.answer(1, 'Swapped by', 'ana')
  await exercises.answer(1, 'Number of updates', '2')
  await exercises.expectStatus(1, 'in progress')
  await expect(exercises.card(1)).toContainText('That is the owner')
})

test('Catalog item exercise 2 passes with the status read at the asked time with As of', async ({ page }) => {
  const { playground, exercises } = await startWithSample(page, 'Catalog item')
  await playground.timeTravel.getByLabel('As of (UTC)').fill('2024-03-04T12:00')
  await playground.selectIn('Items', 'bike-001')
  await expect(playground.field('Status')).toHaveText('reserved')
  await exercises.open()
  await exercises.answer(2, 'Status then', 'reserved')
  await exercises.expectStatus(2, 'passed')
})

test('Catalog item exercise 2 near miss: the status now', async ({ page }) => {
  const { playground, exercises } = await startWithSample(page, 'Catalog item')
  await playground.selectIn('Items', 'bike-001')
  await expect(playground.field('Status')).toHaveText('swapped')
  await exercises.open()
  await exercises.answer(2, 'Status then', 'swapped')
  await exercises.expectStatus(2, 'in progress')
  await expect(exercises.card(2)).toContainText('That is its status now')
})

test('Catalog item exercise 3 passes when the Items read model is rebuilt after pausing', async ({ page }) => {
  const { playground, exercises } = await startWithSample(page, 'Catalog item')
  const readModels = page.getByRole('region', { name: 'Read models' })
  await readModels.scrollIntoViewIfNeeded()
  await readModels.getByLabel(/Pause projections/).check()
  await playground.fill('Item ID', 'book-002')
  const update = page.getByRole('form', { name: 'Update item form' })
  await update.getByLabel('Name').fill('Event Sourcing, second edition')
  await update.getByRole('button', { name: 'Update item' }).click()
  await expect(playground.eventLog.getByRole('row', { name: /second edition/ })).toHaveCount(1)
  await readModels.scrollIntoViewIfNeeded()
  await expect(readModels.getByLabel('Items lag')).toContainText('1 event behind')
  await readModels.getByRole('button', { name: 'Rebuild Items' }).click()
  await expect(readModels.getByLabel('Items lag')).toContainText('Checkpoint 10 · up to date')
  await exercises.open()
  await exercises.expectStatus(3, 'passed')
})

test('Catalog item exercise 3 near miss: a rebuild with nothing paused first', async ({ page }) => {
  const { exercises } = await startWithSample(page, 'Catalog item')
  const readModels = page.getByRole('region', { name: 'Read models' })
  await readModels.scrollIntoViewIfNeeded()
  await readModels.getByRole('button', { name: 'Rebuild Items' }).click()
  await expect(readModels.getByLabel('Items lag')).toContainText('up to date')
  await exercises.open()
  await exercises.expectStatus(3, 'in progress')
  await expect(exercises.card(3)).toContainText('with nothing paused first')
  await toPlayground(page)
})

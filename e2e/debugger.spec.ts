import { execFile } from 'node:child_process'
import { copyFile, mkdir, rm } from 'node:fs/promises'
import { promisify } from 'node:util'
import type { Download, Locator } from '@playwright/test'
import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'

const lines = (region: Locator) => region.getByRole('listitem')

test('Why Total? lists the events that made it, and Go to moves the slider there; a read-model cell answers too', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.walkthrough()
  await playground.replayedState.getByRole('button', { name: 'Why Total?' }).click()
  const history = playground.replayedState.getByRole('region', { name: 'Field history' })
  await expect(history.getByRole('heading')).toHaveText('Why Total is $6.00')
  await expect(lines(history)).toHaveText([/^2: ItemAdded\s*\$0\.00 → \$4\.50/, /^3: ItemAdded\s*\$4\.50 → \$6\.00/])
  await history.getByRole('button', { name: 'Go to position 2' }).click()
  await playground.expectPosition(2)
  await expect(playground.field('Total')).toHaveText('$4.50')
  await expect(lines(history)).toHaveCount(1)

  await page.getByRole('heading', { name: 'Read models' }).scrollIntoViewIfNeeded()
  const row = page.getByRole('table', { name: 'Order summary' }).getByRole('row', { name: /order-001/ })
  await row.getByRole('button', { name: 'Why Items?' }).click()
  const cell = page.getByRole('region', { name: 'Read models' }).getByRole('region', { name: 'Field history' })
  await expect(cell.getByRole('heading')).toHaveText('Why Items of order-001 is 3')
  await expect(lines(cell)).toHaveText([/^1: OrderCreated on Order-order-001\s*— → 0/, /^2: ItemAdded .*0 → 3/])
})

test('Compare positions lists every stream and read-model row that changed between two positions', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.walkthrough()
  await playground.createOrder('order-002', 'customer-456')
  await expect(playground.eventRows).toHaveCount(5)
  const compare = page.getByRole('region', { name: 'Compare positions' })
  await compare.getByLabel('From position').fill('2')
  await expect(compare.getByLabel('To position')).toHaveValue('5')
  await compare.getByRole('button', { name: 'Compare positions' }).click()
  const changes = compare.getByRole('region', { name: 'Changes between positions' })
  await expect(changes.getByRole('heading', { level: 3 })).toHaveText('Changes between positions 2 and 5')
  await expect(changes.getByRole('list', { name: 'Changes of Order-order-001' })).toContainText('Total $4.50 → $6.00')
  await expect(changes.getByRole('list', { name: 'Changes of Order-order-002' })).toContainText(
    'Customer — → customer-456',
  )
  await expect(changes.getByRole('list', { name: 'Changes of Order summary: order-001' })).toContainText(
    'Status created → paid',
  )
  await compare.getByLabel('To position').fill('6')
  await compare.getByRole('button', { name: 'Compare positions' }).click()
  await expect(compare.getByRole('alert')).toHaveText('To position must be a whole number from 0 to 5.')
})

test('bookmarks and the URL bring a view back after a reload: position, stream, filters, named positions', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.loadSample()
  await playground.slider.focus()
  await page.keyboard.press('Home')
  for (let step = 0; step < 6; step += 1) await page.keyboard.press('ArrowRight')
  await playground.expectPosition(6)
  await page.keyboard.press('b')
  await playground.timeTravel.getByLabel('Bookmark name').fill('second order starts')
  await playground.slider.fill('9')
  await playground.timeTravel.getByRole('button', { name: 'Bookmark this position' }).click()
  const bookmarks = playground.timeTravel.getByRole('list', { name: 'Bookmarks' })
  await expect(bookmarks.getByRole('listitem')).toHaveText([
    /^Go to Position 6: .*position 6/,
    /^Go to second order starts/,
  ])
  await playground.eventLog.getByLabel('Filter by type').selectOption('ItemAdded')
  await playground.selectOrder('order-001')
  await expect(page).toHaveURL(/at=9&stream=Order-order-001&log-type=ItemAdded/)

  await page.reload()
  await playground.expectPosition(9)
  await expect(playground.replayedState.getByRole('heading', { name: 'Order order-001' })).toBeVisible()
  await expect(playground.eventLog.getByLabel('Filter by type')).toHaveValue('ItemAdded')
  await bookmarks.getByRole('button', { name: 'Go to Position 6' }).click()
  await playground.expectPosition(6)
  await bookmarks.getByRole('button', { name: 'Remove bookmark second order starts' }).click()
  await expect(bookmarks.getByRole('listitem')).toHaveCount(1)
})

const run = promisify(execFile)

/** Saves a downloaded test where it is meant to go and runs Vitest on it, as a learner would. */
async function runDownloadedTest(download: Download): Promise<string> {
  const path = `tests/generated/e2e-${download.suggestedFilename()}`
  await mkdir('tests/generated', { recursive: true })
  await copyFile(await download.path(), path)
  try {
    const { stdout } = await run('npx', ['vitest', 'run', path], { env: { ...process.env, CI: '' } })
    return stdout
  } finally {
    await rm(path, { force: true })
  }
}

test('Export as test writes a Vitest file from history that passes, for a command and for a refusal', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.walkthrough()
  await playground.slider.fill('3')
  const exported = page.waitForEvent('download')
  await playground.replayedState.getByRole('button', { name: 'Export as test' }).click()
  const download = await exported
  expect(download.suggestedFilename()).toBe('order-order-001-at-3.test.ts')
  await expect(
    playground.replayedState.getByText(/^Downloaded order-order-001-at-3\.test\.ts: save it as/),
  ).toContainText('npx vitest run tests/generated/order-order-001-at-3.test.ts')
  expect(await runDownloadedTest(download)).toMatch(/1 passed/)

  await playground.press('Live')
  await playground.pay('paypal')
  const refusal = playground.commands.getByRole('alert')
  await expect(refusal).toContainText('already paid')
  const refused = page.waitForEvent('download')
  await refusal.getByRole('button', { name: 'Export as test' }).click()
  const refusedDownload = await refused
  expect(refusedDownload.suggestedFilename()).toBe('order-order-001-at-4-refused.test.ts')
  expect(await runDownloadedTest(refusedDownload)).toMatch(/1 passed/)
})

import { execFile } from 'node:child_process'
import { copyFile, mkdir, rm } from 'node:fs/promises'
import { promisify } from 'node:util'
import type { Download, Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'
import { readInPage } from './pages/readInPage'
import { seedLargeLog } from './pages/seedLargeLog'

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
  // Two Vitest runs in child processes: about 10 s each on an idle machine, and more while the suite runs beside them.
  test.setTimeout(150_000)
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

/** Everything the event store keeps in IndexedDB, as stored. */
const rawStore = async (page: Page) => [
  await readInPage<unknown[]>(page, 'event-sourcing-playground', 'events', 'getAll'),
  await readInPage<unknown[]>(page, 'event-sourcing-playground', 'pages', 'getAll'),
]

test('What if: skip, edit and insert change only the what-if, never the store; Apply as new events appends through the rules', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.createOrder('order-001', 'customer-123')
  await playground.addItem('apple', '3', '1.50')
  await playground.addItem('banana', '2', '0.75')
  await expect(playground.field('Total')).toHaveText('$6.00')
  const before = await rawStore(page)

  await playground.eventRows.filter({ hasText: 'banana' }).click()
  await playground.eventLog.getByRole('button', { name: 'What if this event never happened?' }).click()
  const whatIf = page.getByRole('region', { name: 'What if' })
  const side = whatIf.getByRole('table', { name: 'Order-order-001' })
  await expect(side.getByRole('row', { name: /^Total/ })).toHaveText(/^Total\s*\$6\.00\s*\$4\.50/)

  await playground.eventRows.filter({ hasText: 'apple' }).click()
  await playground.eventLog.getByRole('button', { name: 'Edit data' }).click()
  const data = playground.eventLog.getByLabel('Data for the what-if')
  await data.fill('{"itemId": "apple", "quantity": 1')
  await playground.eventLog.getByRole('button', { name: 'Apply edit' }).click()
  await expect(playground.eventLog.getByRole('alert')).toContainText('That is not JSON')
  await data.fill('{"itemId": "apple", "quantity": 1, "unitPriceCents": 150}')
  await playground.eventLog.getByRole('button', { name: 'Apply edit' }).click()
  await expect(side.getByRole('row', { name: /^Total/ })).toHaveText(/\$6\.00\s*\$1\.50/)

  await whatIf.getByLabel('Command to insert').selectOption({ label: 'Pay order' })
  await whatIf.getByRole('button', { name: 'Insert a command here' }).click()
  await expect(side.getByRole('row', { name: /^Status/ })).toHaveText(/created\s*paid/)
  await expect(whatIf.getByRole('list', { name: 'Read models that differ' })).toContainText('Order summary: order-001')
  await whatIf.getByRole('button', { name: /^Undo: Insert PayOrder/ }).click()
  await expect(side.getByRole('row', { name: /^Status/ })).toHaveText(/created\s*created/)

  // Not one event, not one version, not one byte of the store changed.
  expect(await rawStore(page)).toEqual(before)
  await expect(playground.field('Total')).toHaveText('$6.00')

  await whatIf.getByRole('button', { name: 'Apply as new events' }).click()
  await expect(whatIf.getByRole('status')).toHaveText(
    'Appended through the rules, at the end of the log: RemoveItem, RemoveItem, AddItem. The earlier events stay as they were.',
  )
  await expect(playground.eventRows).toHaveCount(6)
  await expect(playground.field('Total')).toHaveText('$1.50')
  await expect(whatIf.getByRole('list', { name: 'What-if changes' })).toHaveCount(0)

  // The Learn column's card on it leads here.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Exercises' }).click()
  const card = page.getByRole('listitem').filter({ hasText: 'History is fixed, what-ifs are computed' })
  await card.getByRole('link', { name: 'See it in What if' }).click()
  await expect(whatIf).toBeFocused()
})

test('Share as link: the log in an address, opened read only in another browser without touching its store, and kept on request', async ({
  page,
  browser,
}) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.walkthrough()
  const store = page.getByRole('region', { name: 'Store' })
  await store.getByRole('button', { name: 'Share as link' }).click()
  await expect(store.getByRole('status').filter({ hasText: 'A link to these 4 events' })).toBeVisible()
  const link = await store.getByLabel('Link to this log').inputValue()
  expect(link).toMatch(/#\/shared\/[A-Za-z0-9_-]+$/)

  // Another visitor, with a store of their own.
  const visitorContext = await browser.newContext()
  const visitor = await visitorContext.newPage()
  const theirs = new PlaygroundPage(visitor)
  await theirs.open()
  await theirs.createOrder('mine-1', 'me')
  await expect(theirs.eventRows).toHaveCount(1)
  await visitor.goto(link)
  await expect(visitor.getByRole('heading', { name: 'A shared log, read only' })).toBeVisible()
  await expect(theirs.eventRows).toHaveCount(4)
  await expect(theirs.field('Total')).toHaveText('$6.00')
  await theirs.slider.fill('2')
  await expect(theirs.field('Total')).toHaveText('$4.50')
  await theirs.press('Live')
  await theirs.createOrder('order-009', 'c')
  await expect(theirs.commands.getByRole('alert')).toContainText('this is a shared log, read only')
  expect(await readInPage<number>(visitor, 'event-sourcing-playground', 'events', 'count')).toBe(1)

  await visitor.getByRole('button', { name: 'Keep a copy' }).click()
  await expect(visitor.getByRole('heading', { name: 'A shared log, read only' })).toHaveCount(0)
  await expect(theirs.eventRows).toHaveCount(5)
  expect(await readInPage<number>(visitor, 'event-sourcing-playground', 'events', 'count')).toBe(5)
  await visitorContext.close()
})

test('Share as link refuses a log too large for an address, offering the file instead; a broken link says so', async ({
  page,
}) => {
  // About 15 s idle: seeding, a reload and an export of 10,000 events.
  test.setTimeout(120_000)
  const playground = new PlaygroundPage(page)
  await playground.open()
  // 10,000 events of this shape export to about 155 KB compressed: half again the limit.
  await seedLargeLog(page, 10_000, 100)
  await page.reload()
  // Reading, exporting and compressing the log grows with it: generous waits, on a loaded machine too.
  await expect(page.getByText('10,000 events in 100 streams')).toBeVisible({ timeout: 30_000 })
  const store = page.getByRole('region', { name: 'Store' })
  await store.getByRole('button', { name: 'Share as link' }).click()
  await expect(store.getByRole('alert')).toContainText('more than a link carries (100.0 KB)', { timeout: 30_000 })
  const download = page.waitForEvent('download', { timeout: 30_000 })
  await store.getByRole('button', { name: 'Export JSON instead' }).click()
  expect((await download).suggestedFilename()).toMatch(/\.json$/)

  await page.goto('./#/shared/AAAAbroken')
  await expect(page.getByRole('alert')).toContainText("This link's log cannot be shown")
  await expect(page.getByRole('alert')).toContainText('Your own store is untouched.')
})

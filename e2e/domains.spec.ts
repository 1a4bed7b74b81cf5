import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import type { Page } from '@playwright/test'
import { PlaygroundPage } from './pages/PlaygroundPage'

/** Opens the playground on a domain, with its sample loaded when its command count is given. */
async function openOn(page: Page, domain: 'Bank account' | 'Catalog item', sampleCommands?: number) {
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.chooseDomain(domain)
  if (sampleCommands !== undefined) await playground.loadSampleOf(domain, sampleCommands)
  return playground
}

test.describe('three domains on one store', () => {
  test('the Domain select switches every view, is kept in the URL and survives a reload', async ({ page }) => {
    const playground = await openOn(page, 'Bank account')
    await expect(page).toHaveURL(/domain=Account/)
    await expect(playground.commands.getByRole('button', { name: 'Open account' })).toBeVisible()
    await expect(playground.commands.getByRole('button', { name: 'Create order' })).toHaveCount(0)

    await page.getByRole('link', { name: 'Conflict lab' }).click()
    await expect(page.getByRole('button', { name: 'Replay: Double withdrawal' })).toBeVisible()
    await expect(page).toHaveURL(/#\/conflict-lab\?domain=Account/)
    await page.getByRole('link', { name: 'Exercises', exact: true }).click()
    await expect(page.getByRole('region', { name: 'Exercise 1: The balance on a past date' })).toBeVisible()

    await page.reload()
    await expect(page.getByRole('banner').getByLabel('Domain')).toHaveValue('Account')
    await expect(page.getByRole('region', { name: 'Exercise 1: The balance on a past date' })).toBeVisible()

    await playground.chooseDomain('Catalog item')
    await expect(page).toHaveURL(/#\/exercises\?domain=CatalogItem/)
    await expect(page.getByRole('region', { name: 'Exercise 1: Read an item’s history' })).toBeVisible()
  })

  test('one store for all: samples side by side, counts per domain, the log shows all or one, reset empties all', async ({
    page,
  }) => {
    const playground = new PlaygroundPage(page)
    await playground.open()
    await playground.loadSample()
    await playground.chooseDomain('Bank account')
    await playground.loadSampleOf('Bank account', 15)
    await playground.chooseDomain('Catalog item')
    await playground.loadSampleOf('Catalog item', 9)
    const store = page.getByRole('region', { name: 'Store' })
    await expect(store).toContainText('39 events in 11 streams')
    await expect(store).toContainText('Streams by domain: Order 4, Bank account 4, Catalog item 3.')

    await expect(playground.eventLog).toContainText('39 events')
    await playground.eventLog.getByLabel('Show').selectOption({ label: 'Catalog item only' })
    await expect(playground.eventLog).toContainText('9 of 39 events')
    const streams = playground.eventLog.getByLabel('Filter by stream').getByRole('option')
    await expect(streams).toHaveText(['All streams', 'bike-001', 'book-002', 'lamp-003'])
    await playground.eventLog.getByLabel('Show').selectOption({ label: 'Every domain' })
    await expect(playground.eventLog.getByText('39 events', { exact: true })).toBeVisible()

    await store.getByRole('button', { name: 'Reset store' }).click()
    await store.getByRole('button', { name: 'Delete all events' }).click()
    await expect(playground.eventLog.getByText('No events yet')).toBeVisible()
    await expect(store).toContainText('Streams by domain: Order 0, Bank account 0, Catalog item 0.')
  })
})

test.describe('the bank account', () => {
  test('opens, deposits and withdraws through the forms; the overdraft and closing refuse in words and record nothing', async ({
    page,
  }) => {
    const playground = await openOn(page, 'Bank account')
    await playground.fill('Account ID', 'acc-7')
    await playground.fill('Owner', 'Alice')
    await playground.fill('Initial balance', '100')
    await playground.press('Open account')
    await expect(playground.field('Balance')).toHaveText('$100.00')
    const deposit = page.getByRole('form', { name: 'Deposit form' })
    await deposit.getByLabel('Amount').fill('50')
    await deposit.getByLabel('Source').fill('paycheck')
    await deposit.getByRole('button', { name: 'Deposit' }).click()
    await expect(playground.field('Balance')).toHaveText('$150.00')
    const withdraw = page.getByRole('form', { name: 'Withdraw form' })
    await withdraw.getByLabel('Amount').fill('650.01')
    await withdraw.getByRole('button', { name: 'Withdraw' }).click()
    await expect(playground.commands.getByRole('alert')).toContainText(
      'Withdrawing $650.01 would take acc-7 to -$500.01; the overdraft limit is -$500.00.',
    )
    await withdraw.getByLabel('Amount').fill('650')
    await withdraw.getByRole('button', { name: 'Withdraw' }).click()
    await expect(playground.field('Balance')).toHaveText('-$500.00')
    await playground.press('Close account')
    await expect(playground.commands.getByRole('alert')).toContainText(
      'acc-7 holds -$500.00: an account closes only at a zero balance',
    )
    await expect(playground.eventRows).toHaveCount(3)
  })

  test('a transfer completes across two streams, and one to a closed account is compensated; each step links to its cause', async ({
    page,
  }) => {
    const playground = await openOn(page, 'Bank account', 15)
    await playground.fill('Account ID', 'bob_456')
    const transfer = page.getByRole('form', { name: 'Transfer form' })
    await expect(transfer.getByLabel('From account')).toHaveValue('bob_456')
    await transfer.getByLabel('To account').fill('user_123')
    await transfer.getByLabel('Amount').fill('70')
    await transfer.getByRole('button', { name: 'Transfer' }).click()
    await expect(playground.eventLog.getByRole('row', { name: /TransferCompleted/ })).toHaveCount(1)

    await transfer.getByLabel('To account').fill('carol_789')
    await transfer.getByRole('button', { name: 'Transfer' }).click()
    await expect(playground.eventLog.getByRole('row', { name: /TransferFailed/ })).toHaveCount(1)
    await expect(
      playground.eventLog.getByRole('row', { name: /Returned: transfer bob_456\.t\d+ could not be deposited/ }),
    ).toHaveCount(1)
    await playground.selectIn('Accounts', 'bob_456')
    await expect(playground.field('Balance')).toHaveText('$2,610.00')
    await playground.selectIn('Accounts', 'user_123')
    await expect(playground.field('Balance')).toHaveText('-$200.00')

    // The tables above mount as they come on screen and push this one down: scroll to it until both rows show.
    const transfers = page.getByRole('table', { name: 'Transfers', exact: true })
    await expect(async () => {
      await page.getByRole('heading', { name: 'Transfers', exact: true }).scrollIntoViewIfNeeded()
      await expect(transfers.getByRole('row', { name: /completed/ })).toHaveCount(1, { timeout: 1000 })
      await expect(transfers.getByRole('row', { name: /failed: the deposit to carol_789 was refused/ })).toHaveCount(
        1,
        { timeout: 1000 },
      )
    }).toPass()

    await playground.eventLog.getByRole('row', { name: /TransferCompleted/ }).click()
    const details = playground.eventLog.getByRole('region', { name: /^Event \d+: TransferCompleted$/ })
    await details.getByRole('button', { name: /: MoneyDeposited on Account-user_123$/ }).click()
    const deposit = playground.eventLog.getByRole('region', { name: /^Event \d+: MoneyDeposited$/ })
    await expect(deposit.getByRole('list', { name: 'Caused by' })).toHaveText(
      /^\d+: MoneyWithdrawn on Account-bob_456\d+: TransferRequested on Account-bob_456$/,
    )
    await expect(deposit.getByRole('list', { name: 'Led to' })).toHaveText(
      /^\d+: TransferCompleted on Account-bob_456$/,
    )
    // The diagram draws the same chain, the opened event marked.
    const diagram = deposit.getByRole('group', { name: 'Causal chain diagram' })
    await expect(diagram.getByRole('button')).toHaveCount(4)
    await expect(diagram.locator('[aria-current="step"]')).toContainText('MoneyDeposited')
    await expect(page.getByRole('region', { name: 'Flow' })).toContainText('was sent by the Transfers process')
  })

  test('the Double withdrawal race: B conflicts, and its retry is refused by the overdraft', async ({ page }) => {
    await openOn(page, 'Bank account')
    await page.getByRole('link', { name: 'Conflict lab' }).click()
    await page.getByRole('button', { name: 'Replay: Double withdrawal' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Replayed “Double withdrawal”' })).toBeVisible()
    const tabB = page.getByRole('region', { name: 'Tab B' })
    await expect(tabB.getByRole('alert')).toContainText('the overdraft limit is -$500.00')
    await expect(
      page
        .getByRole('table', { name: /race/i })
        .getByRole('row')
        .filter({ hasText: /conflict: expected/ }),
    ).toHaveCount(1)
  })
})

test('every panel works on the bank account: charts, lifecycle, snapshots, audit CSV, export and import', async ({
  page,
}) => {
  const playground = await openOn(page, 'Bank account', 15)
  await playground.selectIn('Accounts', 'user_123')

  const lifecycle = page.getByRole('region', { name: 'Lifecycle' })
  await lifecycle.scrollIntoViewIfNeeded()
  await expect(lifecycle).toContainText('user_123 is open at position 15')
  const charts = page.getByRole('region', { name: 'Charts' })
  await charts.scrollIntoViewIfNeeded()
  const balance = charts.getByRole('figure', { name: 'Balance of user_123 by version' })
  await expect(balance.locator('.recharts-line-dot')).toHaveCount(5)
  await expect(
    charts.getByRole('figure', { name: 'Total deposits per year' }).locator('.recharts-bar-rectangle'),
  ).toHaveCount(2)

  const snapshots = page.getByRole('region', { name: 'Snapshots' })
  await snapshots.scrollIntoViewIfNeeded()
  await snapshots.getByLabel('Long account length').selectOption('1000')
  await snapshots.getByRole('button', { name: 'Write a long account and measure' }).click()
  await expect(snapshots.getByRole('table', { name: 'Snapshot measurements' }).getByRole('row')).toHaveCount(11, {
    timeout: 20_000,
  })
  await expect(snapshots.getByRole('figure', { name: 'Milliseconds to load the account' })).toBeVisible()

  const audit = page.getByRole('region', { name: 'Audit trail' })
  await audit.scrollIntoViewIfNeeded()
  await expect(audit.getByRole('row', { name: /^5 / })).toContainText('balance $730.00 → -$270.00')
  const csvDownload = page.waitForEvent('download')
  await audit.getByRole('button', { name: 'Export CSV' }).click()
  const csv = await readFile(await (await csvDownload).path(), 'utf8')
  expect(csv).toContain('MoneyWithdrawn,balance $730.00 → -$270.00')

  const store = page.getByRole('region', { name: 'Store' })
  const stored = await page.evaluate(() => window.playground.store.readAll())
  const jsonDownload = page.waitForEvent('download')
  await store.getByRole('button', { name: 'Export JSON' }).click()
  const file = await (await jsonDownload).path()
  await store.getByRole('button', { name: 'Reset store' }).click()
  await store.getByRole('button', { name: 'Delete all events' }).click()
  await expect(playground.eventLog.getByText('No events yet')).toBeVisible()
  await store.getByLabel(/^Import a log file/).setInputFiles(file)
  await expect(store.getByRole('status')).toContainText('Imported 15 events')
  expect(await page.evaluate(() => window.playground.store.readAll())).toEqual(stored)
  await playground.selectIn('Accounts', 'user_123')
  await expect(playground.field('Balance')).toHaveText('-$270.00')
})

test.describe('the catalog item', () => {
  test('an update names what changed, one that changes nothing is refused, and a swapped item changes no more', async ({
    page,
  }) => {
    const playground = await openOn(page, 'Catalog item')
    await playground.fill('Item ID', 'chair-9')
    await playground.press('Create item')
    await expect(playground.field('Status')).toHaveText('active')
    const update = page.getByRole('form', { name: 'Update item form' })
    await update.getByLabel('Name').fill('Rocking chair')
    await update.getByRole('button', { name: 'Update item' }).click()
    await expect(playground.eventLog.getByRole('row', { name: /name: Road bike → Rocking chair/ })).toHaveCount(1)
    await update.getByRole('button', { name: 'Update item' }).click()
    await expect(playground.commands.getByRole('alert')).toContainText('That update changes nothing')
    const status = page.getByRole('form', { name: 'Change status form' })
    await status.getByLabel('Status').selectOption('swapped')
    await status.getByRole('button', { name: 'Change status' }).click()
    await expect(playground.commands.getByRole('alert')).toContainText(
      'An active item cannot become swapped: from active it can become reserved or withdrawn.',
    )
    await status.getByLabel('Status').selectOption('reserved')
    await status.getByRole('button', { name: 'Change status' }).click()
    await status.getByLabel('Status').selectOption('swapped')
    await status.getByRole('button', { name: 'Change status' }).click()
    await expect(playground.field('Status')).toHaveText('swapped')
    await update.getByLabel('Name').fill('Chair')
    await update.getByRole('button', { name: 'Update item' }).click()
    await expect(playground.commands.getByRole('alert')).toContainText('a swapped item changes no more')
    await expect(playground.eventRows).toHaveCount(4)
  })
})

test('the catalog’s query side: Items by category and by owner, and the status counts', async ({ page }) => {
  await openOn(page, 'Catalog item', 9)
  const readModels = page.getByRole('region', { name: 'Read models' })
  await readModels.scrollIntoViewIfNeeded()
  const items = readModels.getByRole('table', { name: 'Items', exact: true })
  await expect(items.getByRole('row')).toHaveCount(1 + 3)
  await readModels.getByLabel('Items where owner is').selectOption('ana')
  await expect(items.getByRole('row')).toHaveCount(1 + 2)
  await readModels.getByLabel('Items where category is').selectOption('textbooks')
  await expect(items.getByRole('row')).toHaveCount(1 + 1)
  await expect(items.getByRole('row').nth(1)).toContainText('book-002')
  await readModels.getByLabel('Items where owner is').selectOption('')
  await readModels.getByLabel('Items where category is').selectOption('')
  await expect(items.getByRole('row')).toHaveCount(1 + 3)
  const counts = readModels.getByRole('table', { name: 'Status counts' })
  await expect(counts.getByRole('row', { name: /^swapped/ })).toContainText('1')
  await expect(counts.getByRole('row', { name: /^withdrawn/ })).toContainText('1')
  await expect(counts.getByRole('row', { name: /^active/ })).toContainText('1')
})

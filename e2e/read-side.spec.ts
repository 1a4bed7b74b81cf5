import { readFile } from 'node:fs/promises'
import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'
import { expectWithinWidth } from './pages/layout'

test.use({ timezoneId: 'UTC' })

test.describe('the read side and the pictures', () => {
  let playground: PlaygroundPage
  let readModels: Locator

  test.beforeEach(async ({ page }) => {
    playground = new PlaygroundPage(page)
    readModels = page.getByRole('region', { name: 'Read models' })
    await playground.open()
    await playground.walkthrough()
  })

  /** The tables mount only near the screen, as a person would scroll to them. */
  const seeReadModels = () => readModels.scrollIntoViewIfNeeded()
  const summaryRow = () =>
    readModels.getByRole('table', { name: 'Order summary' }).getByRole('row', { name: /order-001/ })

  test('read models follow the slider, and are the stored tables when live', async () => {
    await seeReadModels()
    await expect(summaryRow()).toContainText('customer-1235$6.00paid')
    await expect(readModels.getByLabel('Order summary lag')).toHaveText('Checkpoint 4 · up to date')
    await expect(readModels.getByRole('table', { name: 'Revenue by item' })).toContainText('apple3$4.50')
    await expect(readModels.getByRole('table', { name: 'Customer history' })).toContainText('order-001 (paid)$6.00')

    await playground.slider.fill('2')
    await seeReadModels()
    await expect(readModels).toContainText('As of position 2')
    await expect(readModels.getByLabel('Order summary lag')).toHaveText('Stored table: checkpoint 4 · up to date')
    await expect(summaryRow()).toContainText('customer-1233$4.50created')
    await expect(readModels.getByRole('table', { name: 'Revenue by item' })).toHaveCount(0)
    await expect(readModels.getByRole('table', { name: 'Customer history' })).toContainText('order-001 (created)$0.00')

    await playground.press('Live')
    await seeReadModels()
    await expect(summaryRow()).toContainText('$6.00paid')
    await expect(readModels.getByLabel('Order summary lag')).toHaveText('Checkpoint 4 · up to date')
  })

  test('Rebuild clears each read model and replays the log into the same table', async ({ page }) => {
    await playground.createOrder('order-002', 'customer-456')
    await playground.addItem('coffee', '2', '4.25')
    const tables = readModels.getByRole('table')
    await expect(readModels.getByLabel('Customer history lag')).toHaveText('Checkpoint 6 · up to date')
    await seeReadModels()
    await expect(summaryRow()).toContainText('$6.00paid')
    const before = await tables.allInnerTexts()
    for (const name of ['Order summary', 'Sales report', 'Customer history']) {
      await page.getByRole('button', { name: `Rebuild ${name}` }).click()
      await expect(readModels.getByLabel(`${name} lag`)).toHaveText('Checkpoint 6 · up to date')
    }
    await expect(tables).toHaveText(before, { useInnerText: true })
    await page.reload()
    await seeReadModels()
    await expect(summaryRow()).toContainText('$6.00paid')
    await expect(tables).toHaveText(before, { useInnerText: true })
  })

  test('paused projections fall behind, show their lag, and catch up on resume', async ({ page }) => {
    await page.getByRole('checkbox', { name: /Pause projections/ }).check()
    await playground.createOrder('order-002', 'customer-456')
    await expect(readModels.getByLabel('Order summary lag')).toHaveText('Checkpoint 4 · 1 event behind · paused')
    await seeReadModels()
    await expect(summaryRow()).toBeVisible()
    await expect(readModels.getByRole('table', { name: 'Order summary' })).not.toContainText('order-002')
    await page.getByRole('checkbox', { name: /Pause projections/ }).uncheck()
    await expect(readModels.getByLabel('Order summary lag')).toHaveText('Checkpoint 5 · up to date')
    await seeReadModels()
    await expect(readModels.getByRole('table', { name: 'Order summary' })).toContainText('order-002')
  })

  test('a naive handler double counts when every event arrives twice; the idempotent one does not', async ({
    page,
  }) => {
    await seeReadModels()
    await expect(summaryRow()).toBeVisible()
    await page.getByRole('checkbox', { name: 'Deliver every event twice' }).check()
    const comparison = page.getByRole('table', { name: 'Order totals when every event arrives twice' })
    await expect(comparison.getByRole('row', { name: /order-001/ })).toHaveText('order-001$6.00$12.00')
  })

  test('the flow diagram marks the stage of the event as replay steps', async ({ page }) => {
    const flow = page.getByRole('region', { name: 'Flow' })
    // Diagrams and charts are drawn once scrolled to, as a person would.
    await flow.scrollIntoViewIfNeeded()
    const current = flow.locator('[aria-current="step"]')
    await expect(current).toContainText('Event store')
    await expect(current).toContainText('position 4')
    const projections = flow.getByRole('button', { name: /^Projections/ })
    const readModelsNode = flow.getByRole('button', { name: /^Read models/ })
    await expect(projections).toContainText('checkpoint 4')
    await playground.press('Jump to start')
    await flow.scrollIntoViewIfNeeded()
    // In the past the read side is the projection folded up to the cursor, not the live tables.
    await expect(projections).toContainText('checkpoint 0')
    await expect(readModelsNode).toContainText('0 orders')
    await flow.scrollIntoViewIfNeeded()
    await playground.press('Step forward')
    await flow.scrollIntoViewIfNeeded()
    await expect(current).toContainText('Evolve')
    await expect(current).toContainText('OrderCreated on Order-order-001')
    await playground.press('Step forward')
    await flow.scrollIntoViewIfNeeded()
    await expect(current).toContainText('ItemAdded on Order-order-001')
    await expect(projections).toContainText('checkpoint 2')
    await expect(readModelsNode).toContainText(/\D1 order$/)
    await expect(flow.getByRole('button', { name: /^State/ })).toContainText('order-001: created, $4.50')
    await expect(flow.getByRole('button', { name: /^Command/ })).not.toHaveClass(/active/)

    await flow.getByRole('button', { name: /^State/ }).click()
    await expect(flow.getByRole('status')).toContainText('State is derived')
    await flow.getByRole('status').getByRole('button', { name: 'Go to Replayed state' }).click()
    await expect(page.getByRole('region', { name: 'Replayed state' })).toBeFocused()
  })

  test('the lifecycle diagram shows paid after the walkthrough, and created in the past', async ({ page }) => {
    const lifecycle = page.getByRole('region', { name: 'Lifecycle' })
    await lifecycle.scrollIntoViewIfNeeded()
    await expect(lifecycle.locator('[aria-current="step"]')).toContainText('paid')
    await expect(lifecycle).toContainText('Transitions taken: OrderCreated ×1, ItemAdded ×2, OrderPaid ×1.')
    // Drawn large enough to read in a half-width panel: React Flow's fitted zoom.
    const zoom = await lifecycle
      .locator('.react-flow__viewport')
      .evaluate((viewport) => new DOMMatrix(getComputedStyle(viewport).transform).a)
    expect(zoom).toBeGreaterThanOrEqual(0.75)
    await playground.slider.fill('2')
    await lifecycle.scrollIntoViewIfNeeded()
    await expect(lifecycle.locator('[aria-current="step"]')).toContainText('created')
    await expect(lifecycle).toContainText('Transitions taken: OrderCreated ×1, ItemAdded ×1.')
  })

  test('charts draw the order total by version, events by type and revenue from the Sales report', async ({ page }) => {
    const charts = page.getByRole('region', { name: 'Charts' })
    await charts.scrollIntoViewIfNeeded()
    await expect(
      charts.getByRole('figure', { name: 'Total of order-001 by version' }).locator('.recharts-line'),
    ).toHaveCount(1)
    await expect(charts.getByRole('figure', { name: 'Events by type' }).locator('.recharts-bar-rectangle')).toHaveCount(
      3,
    )
    await expect(
      charts.getByRole('figure', { name: 'Revenue over time (Sales report)' }).locator('.recharts-bar-rectangle'),
    ).toHaveCount(1)

    // Live, the cursor is at the last version, at the chart's right edge: its label stays inside the chart.
    const totalChart = charts.getByRole('figure', { name: 'Total of order-001 by version' })
    const cursorLabel = totalChart.getByText('cursor', { exact: true })
    await expect(cursorLabel).toBeVisible()
    await expectWithinWidth(cursorLabel, totalChart.locator('svg.recharts-surface'), 'the cursor label')
  })

  test('the snapshot chart compares loading a long order with and without snapshots', async ({ page }) => {
    const snapshots = page.getByRole('region', { name: 'Snapshots' })
    await snapshots.getByLabel('Snapshot every (events)').fill('0')
    await expect(snapshots.getByText('Enter a whole number from 1 to 10,000.')).toBeVisible()
    await snapshots.getByLabel('Snapshot every (events)').fill('100')
    await snapshots.getByLabel('Long order length').selectOption('1000')
    const storedCount = () => page.evaluate(async () => (await window.playground.store.readAll()).length)
    const before = await storedCount()
    await snapshots.getByRole('button', { name: 'Write a long order and measure' }).click()
    const figures = snapshots.getByRole('table', { name: 'Snapshot measurements' })
    await expect(figures.getByRole('row')).toHaveCount(11, { timeout: 20_000 })
    // Measured in a scratch store, thrown away: the learner's log is as it was, and no scratch database is left.
    await expect(snapshots.getByRole('status')).toContainText('your log is unchanged')
    expect(await storedCount()).toBe(before)
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''))
    expect(databases.filter((name) => name.includes('scratch'))).toEqual([])
    // Snapshots every 100 events: at version 999 a load reads the snapshot at 900 and 99 events after it.
    await expect(figures.getByRole('row', { name: /^999 / })).toContainText(/^99999999/)
    await expect(figures.getByRole('row', { name: /^499 / })).toContainText(/^49949999/)
    const eventsRead = snapshots.getByRole('figure', { name: 'Events read to load the order' })
    await expect(eventsRead.locator('.recharts-line')).toHaveCount(2)
    expect((await eventsRead.locator('.recharts-legend-item').allInnerTexts()).sort()).toEqual([
      'With snapshots',
      'Without snapshots',
    ])
    await expect(
      snapshots.getByRole('figure', { name: 'Milliseconds to load the order' }).locator('.recharts-line'),
    ).toHaveCount(2)
  })

  test('As of a date and time moves every panel to the last event recorded by then', async ({ page }) => {
    const recorded = await page.evaluate(async () =>
      (await window.playground.store.readAll()).map((event) => event.recordedAt),
    )
    const second = recorded[1]!.slice(0, 19)
    const expected = recorded.filter((time) => time.slice(0, 19) <= second).length
    const asOf = playground.timeTravel.getByLabel('As of (UTC)')
    await asOf.fill(second)
    await playground.expectPosition(expected)
    await asOf.fill('2020-01-01T00:00:00')
    await playground.expectPosition(0)
    await expect(playground.replayedState).toContainText('No orders at this position.')
  })

  test('As of version shows one order at that version, and refuses a version it does not have', async () => {
    const asOfVersion = playground.replayedState.getByLabel('As of version')
    await asOfVersion.fill('9')
    await playground.replayedState.getByRole('button', { name: 'Show version' }).click()
    await expect(playground.replayedState.getByRole('alert')).toHaveText('order-001 has versions 1 to 4.')
    await playground.expectPosition(0 + 4)
    await asOfVersion.fill('2')
    await playground.replayedState.getByRole('button', { name: 'Show version' }).click()
    await playground.expectPosition(2)
    await expect(playground.field('Total')).toHaveText('$4.50')
  })

  test('the audit trail says who changed what, filters, and exports a CSV safe to open in a spreadsheet', async ({
    page,
  }) => {
    await playground.createOrder('order-002', 'customer-456')
    await playground.fill('Reason', '=HYPERLINK("http://example.invalid","click")')
    await playground.press('Cancel order')
    const audit = page.getByRole('region', { name: 'Audit trail' })
    // A person sees the cancel land in the trail before going on; the append is asynchronous.
    await expect(audit.getByRole('row', { name: /OrderCancelled/ })).toContainText('=HYPERLINK')
    await page.getByRole('button', { name: 'order-001', exact: false }).first().click()
    await expect(audit.getByRole('row')).toHaveCount(5)
    await expect(audit.getByRole('row', { name: /^3 / })).toContainText('quantity of banana 0 → 2 at $0.75 each')
    await audit.getByLabel('Filter audit trail').fill('banana')
    await expect(audit.getByRole('row')).toHaveCount(2)
    await audit.getByLabel('Filter audit trail').fill('')

    const download = page.waitForEvent('download')
    await audit.getByRole('button', { name: 'Export CSV' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('audit-order-001.csv')
    const csv = await readFile(await file.path(), 'utf8')
    // A byte-order mark first, so a spreadsheet reads the file as UTF-8 and shows "→" as it is.
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const lines = csv.slice(1).trimEnd().split('\r\n')
    expect(lines[0]).toBe('version,position,recorded_at_utc,session,event_type,what_changed')
    expect(lines).toHaveLength(5)
    expect(lines[2]).toContain('quantity of apple 0 → 3 at $1.50 each; total $0.00 → $4.50')

    await page
      .getByRole('list', { name: 'Orders' })
      .getByRole('button', { name: /order-002/ })
      .click()
    await expect(audit.getByRole('row')).toHaveCount(3)
    const cancelled = page.waitForEvent('download')
    await audit.getByRole('button', { name: 'Export CSV' }).click()
    const hostile = await readFile(await (await cancelled).path(), 'utf8')
    expect(hostile).toContain(`reason: =HYPERLINK(""http://example.invalid"",""click"")"`)
    expect(hostile).not.toMatch(/(^|,)=HYPERLINK/m)
  })
})

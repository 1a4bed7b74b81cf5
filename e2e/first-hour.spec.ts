import type { Locator, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'

/** Fails unless the whole of `locator` is inside the viewport, without scrolling. */
async function expectInViewport(page: Page, locator: Locator, what: string): Promise<void> {
  await expect(locator, what).toBeVisible()
  const box = await locator.boundingBox()
  const viewport = page.viewportSize()!
  const scrollY = await page.evaluate(() => window.scrollY)
  expect(box, `${what} is drawn`).not.toBeNull()
  expect(box!.y, `${what}: top edge at y=${box!.y} (scrolled ${scrollY})`).toBeGreaterThanOrEqual(0)
  // Within a pixel: scrolling a message into view may leave it a fraction of a pixel short.
  expect(box!.y + box!.height, `${what}: bottom edge`).toBeLessThanOrEqual(viewport.height + 1)
}

test.describe('Start here', () => {
  test('the first screen says what to do, loads the sample from there, and Hide is remembered', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    const playground = new PlaygroundPage(page)
    await playground.open()
    const start = page.getByRole('region', { name: 'Start here' })
    await expect(start.getByRole('listitem')).toHaveCount(3)
    await expect(start).toContainText('Reproduce the walkthrough')
    await expect(start.getByRole('link', { name: 'Exercises' })).toHaveAttribute('href', '#/exercises?domain=Order')
    const load = start.getByRole('button', { name: 'Load sample' })
    await expectInViewport(page, load, 'Load sample')
    await load.click()
    await expectInViewport(page, start.getByRole('status'), 'what Load sample said')
    await expect(start.getByRole('status')).toContainText('Loaded the Order sample: 15 commands', { timeout: 20_000 })

    await start.getByRole('button', { name: 'Hide' }).click()
    await expect(start).toHaveCount(0)
    await page.reload()
    await page.getByRole('region', { name: 'Event log' }).waitFor()
    await expect(page.getByRole('region', { name: 'Start here' })).toHaveCount(0)

    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Start here' }).click()
    await expect(page.getByRole('region', { name: 'Start here' })).toBeFocused()
  })
})

test.describe('a command says what happened where the learner is looking', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ]) {
    test(`at ${viewport.width}×${viewport.height}, after each command button`, async ({ page }) => {
      await page.setViewportSize(viewport)
      const playground = new PlaygroundPage(page)
      await playground.open()
      const pressAndLook = async (button: string, role: 'status' | 'alert', expected: RegExp) => {
        await playground.commands.getByRole('button', { name: button, exact: true }).click()
        const said = playground.commands.getByRole(role)
        await expect(said).toContainText(expected)
        await expectInViewport(page, said, `what ${button} said`)
      }
      await pressAndLook('Create order', 'status', /CreateOrder appended/)
      await pressAndLook('Add item', 'status', /AddItem appended/)
      await pressAndLook('Remove item', 'status', /RemoveItem appended/)
      await pressAndLook('Remove item', 'alert', /apple/)
      await pressAndLook('Pay order', 'alert', /item/i)
      await pressAndLook('Cancel order', 'alert', /reason/i)
    })
  }
})

test('switching views keeps what the Commands form holds', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.fill('Order ID', 'my-order-7')
  await playground.fill('Item ID', 'walnut')
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Exercises' }).click()
  await page.getByRole('heading', { name: 'Exercises', level: 2 }).waitFor()
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Playground' }).click()
  await expect(playground.commands.getByLabel('Order ID')).toHaveValue('my-order-7')
  await expect(playground.commands.getByLabel('Item ID')).toHaveValue('walnut')
})

test('the file input shows its whole label, at 1280 and at 390 px', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 })
    await playground.open()
    const store = page.getByRole('region', { name: 'Store' })
    for (const words of ['Import a log file (.json, .ndjson or .csv)', 'Choose a file…']) {
      const shown = store.getByText(words, { exact: true })
      await expect(shown).toBeVisible()
      const clipped = await shown.evaluate((element) => element.scrollWidth > element.clientWidth)
      expect(clipped, `"${words}" is cut at ${width} px`).toBe(false)
    }
  }
})

test.describe('time and data', () => {
  test.use({ timezoneId: 'Asia/Tokyo' })

  test('the sample spans days, the log dates older events, one setting sets the zone everywhere, and As of follows the slider', async ({
    page,
  }) => {
    const playground = new PlaygroundPage(page)
    await playground.open()
    await playground.loadSample()
    const timeCell = (row: number) => playground.eventRows.nth(row).locator('time')
    await expect(timeCell(0)).toHaveText(/^[A-Z][a-z]{2} \d{1,2} \d\d:\d\d$/)
    await expect(timeCell(14)).toHaveText(/^\d\d:\d\d:\d\d$/)

    const asOf = playground.timeTravel.getByLabel('As of (UTC)')
    await expect(asOf).toHaveValue('')
    await playground.slider.fill('3')
    await expect(asOf).toHaveValue(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$/)
    const utcValue = await asOf.inputValue()
    await expect(playground.timeTravel).toContainText(/recorded \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/)

    await page.getByRole('banner').getByLabel('Times in').selectOption('Local')
    const localAsOf = playground.timeTravel.getByLabel('As of (your local time)')
    await expect(localAsOf).not.toHaveValue(utcValue)
    // Tokyo is nine hours ahead of UTC.
    const utcHour = Number(/T(\d\d)/.exec(utcValue)?.[1])
    expect(Number(/T(\d\d)/.exec(await localAsOf.inputValue())?.[1])).toBe((utcHour + 9) % 24)
    await expect(playground.timeTravel).toContainText(/recorded \d{4}-\d\d-\d\d \d\d:\d\d:\d\d local time/)
    await expect(playground.eventLog.getByRole('columnheader', { name: 'Time (local time)' })).toHaveText('Local')
    const audit = page.getByRole('region', { name: 'Audit trail' })
    await audit.scrollIntoViewIfNeeded()
    await expect(audit.getByRole('columnheader', { name: 'When (local time)' })).toBeVisible()

    await playground.timeTravel.getByRole('button', { name: 'Live' }).click()
    await expect(localAsOf).toHaveValue('')
  })
})

test('the log shows a four-digit version whole', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  const playground = new PlaygroundPage(page)
  await playground.open()
  await page.evaluate(async () => {
    const events: { type: string; data: Record<string, string | number> }[] = [
      { type: 'OrderCreated', data: { orderId: 'long', customerId: 'c' } },
    ]
    for (let index = 1; index < 1999; index += 1)
      events.push({ type: 'ItemAdded', data: { itemId: 'nut', quantity: 1, unitPriceCents: 5 } })
    await window.playground.store.append('Order-long', events)
  })
  // 1,999 events in one append: on a busy machine the log takes a few seconds to take them in.
  await expect(page.getByRole('region', { name: 'Store' })).toContainText(/1,?999 events/, { timeout: 20_000 })
  const last = playground.eventRows.filter({ hasText: '1999' }).last()
  const version = last.getByRole('gridcell').nth(2)
  await expect(version).toHaveText('1999', { timeout: 15_000 })
  const clipped = await version.evaluate((cell) => cell.scrollWidth > cell.clientWidth)
  expect(clipped, 'the v cell cuts 1999').toBe(false)
})

test.describe('charts in dark mode', () => {
  test.use({ colorScheme: 'dark' })

  /** The contrast ratio of two CSS colours, as WCAG defines it. */
  const contrastOf = (page: Page, foreground: string, background: string) =>
    page.evaluate(
      ([fg, bg]) => {
        const luminance = (css: string) => {
          const [r, g, b] = (css.match(/[\d.]+/g) ?? [])
            .slice(0, 3)
            .map(Number)
            .map((value) => value / 255)
          const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
          return 0.2126 * linear(r ?? 0) + 0.7152 * linear(g ?? 0) + 0.0722 * linear(b ?? 0)
        }
        const [light, dark] = [luminance(fg!), luminance(bg!)].sort((a, b) => b - a)
        return (light! + 0.05) / (dark! + 0.05)
      },
      [foreground, background],
    )

  test('tooltips are readable and no axis label is cut off', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    const playground = new PlaygroundPage(page)
    await playground.open()
    await playground.loadSample()
    const charts = page.getByRole('region', { name: 'Charts' })
    await charts.scrollIntoViewIfNeeded()
    const byType = charts.getByRole('figure', { name: 'Events by type' })
    await byType.locator('.recharts-bar-rectangle').first().hover()
    const tooltip = byType.locator('.recharts-default-tooltip')
    await expect(tooltip).toBeVisible()
    const colours = await tooltip.evaluate((box) => {
      const label = box.querySelector('.recharts-tooltip-label') ?? box
      return { background: getComputedStyle(box).backgroundColor, text: getComputedStyle(label).color }
    })
    expect(await contrastOf(page, colours.text, colours.background)).toBeGreaterThan(4.5)

    const snapshots = page.getByRole('region', { name: 'Snapshots' })
    await snapshots.getByLabel('Long order length').selectOption('1000')
    await snapshots.getByRole('button', { name: 'Write a long order and measure' }).click()
    await expect(snapshots.getByRole('figure', { name: 'Milliseconds to load the order' })).toBeVisible({
      timeout: 20_000,
    })
    for (const figure of [
      byType,
      charts.getByRole('figure', { name: /^Total of/ }),
      snapshots.getByRole('figure', { name: 'Milliseconds to load the order' }),
      snapshots.getByRole('figure', { name: 'Events read to load the order' }),
    ]) {
      await figure.scrollIntoViewIfNeeded()
      const cut = await figure.evaluate((element) => {
        const svg = element.querySelector('.recharts-wrapper > svg')!.getBoundingClientRect()
        return [...element.querySelectorAll('.recharts-cartesian-axis-tick-value')]
          .filter((tick) => {
            const box = tick.getBoundingClientRect()
            return box.left < svg.left - 0.5 || box.right > svg.right + 0.5 || box.top < svg.top - 0.5
          })
          .map((tick) => tick.textContent)
      })
      expect(cut, `axis labels cut off in ${await figure.getAttribute('aria-label')}`).toEqual([])
    }
  })
})

test('an event of a long unknown type neither widens the Time travel panel nor draws an empty change table', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.createOrder('order-001', 'ada')
  // The click returns before the command lands; an append sent sooner would go first, and the command, retried after
  // the conflict, would land second.
  await expect(playground.eventRows).toHaveCount(1)
  await page.evaluate(() =>
    window.playground.store.append('Order-order-001', [
      { type: 'LoyaltyPointsWereGrantedAfterAReviewByTheCustomerServiceTeam', data: { points: 10 } },
    ]),
  )
  await expect(playground.eventRows).toHaveCount(2)
  await playground.slider.fill('2')
  await playground.expectPosition(2)
  await playground.timeTravel.getByRole('button', { name: 'Step back' }).click()
  await playground.timeTravel.getByRole('button', { name: 'Step forward' }).click()
  await expect(playground.timeTravel).toContainText('LoyaltyPointsWereGranted')
  await expect(playground.timeTravel.getByRole('table', { name: 'What this event changed' })).toHaveCount(0)
  const overflow = await playground.timeTravel.evaluate((panel) => panel.scrollWidth - panel.clientWidth)
  expect(overflow, 'the Time travel panel is wider than its box').toBeLessThanOrEqual(0)

  // The details say when it was recorded, in the time setting's zone.
  await playground.eventRows.nth(1).click()
  await expect(page.getByRole('region', { name: /^Event 2: / })).toContainText(
    /Recorded \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC, version 2 of Order-order-001/,
  )
})

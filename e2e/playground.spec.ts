import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'
import { expectWithinWidth } from './pages/layout'

test.describe('the playground', () => {
  let playground: PlaygroundPage

  test.beforeEach(async ({ page }) => {
    playground = new PlaygroundPage(page)
    await playground.open()
  })

  const walkthrough = () => playground.walkthrough()

  test('the walkthrough through the forms: $4.50, $6.00, paid at version 4', async () => {
    await walkthrough()
    await expect(playground.eventRows).toHaveCount(4)
    await expect(playground.eventRows.nth(3)).toContainText('OrderPaid')
    await expect(playground.replayedState.getByRole('row', { name: /banana/ })).toContainText('2$0.75$1.50')
  })

  test('the slider at 1, 2 and 3 shows $0.00, $4.50 and $6.00 with status created', async () => {
    await walkthrough()
    for (const [position, total] of [
      [1, '$0.00'],
      [2, '$4.50'],
      [3, '$6.00'],
    ] as const) {
      await playground.slider.fill(String(position))
      await playground.expectPosition(position)
      await expect(playground.timeTravel).toContainText(`position ${position} of 4`)
      await expect(playground.field('Total')).toHaveText(total)
      await expect(playground.field('Status')).toHaveText('created')
    }
    await expect(playground.commands.getByRole('note')).toContainText('viewing the past')
    await expect(playground.page.getByRole('button', { name: 'Create order' })).toBeDisabled()
    await expect(playground.eventRows.nth(3)).toContainText('in the future')
  })

  test('arrow keys, Home and End on the slider move through time', async () => {
    await walkthrough()
    await playground.slider.focus()
    await playground.page.keyboard.press('Home')
    await playground.expectPosition(0)
    await playground.page.keyboard.press('ArrowRight')
    await playground.page.keyboard.press('ArrowRight')
    await playground.expectPosition(2)
    await expect(playground.field('Total')).toHaveText('$4.50')
    await playground.page.keyboard.press('End')
    await playground.expectPosition(4)
    await expect(playground.page.getByRole('button', { name: 'Live', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  test('step buttons move one event and the slider follows; play runs to the end', async () => {
    await walkthrough()
    await playground.press('Jump to start')
    await playground.expectPosition(0)
    await playground.press('Step forward')
    await playground.expectPosition(1)
    await expect(playground.eventRows.nth(0)).toHaveAttribute('aria-current', 'step')
    await playground.press('Step forward')
    await playground.expectPosition(2)
    await expect(playground.timeTravel.getByRole('table', { name: 'What this event changed' })).toContainText(
      '$0.00$4.50',
    )
    await playground.press('Step back')
    await playground.expectPosition(1)
    await playground.timeTravel.getByLabel('Replay speed').selectOption('8')
    await playground.press('Play')
    await expect(playground.page.getByRole('button', { name: 'Live', exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
      {
        timeout: 5000,
      },
    )
    await playground.expectPosition(4)
    await expect(playground.page.getByRole('button', { name: 'Play' })).toBeVisible()
  })

  test('a reload keeps everything', async ({ page }) => {
    await walkthrough()
    await page.reload()
    await expect(playground.eventRows).toHaveCount(4)
    await expect(playground.field('Total')).toHaveText('$6.00')
    await expect(playground.field('Status')).toHaveText('paid')
    await playground.expectPosition(4)
  })

  test('adding to a paid order shows why it was refused, and the log keeps its length', async () => {
    await walkthrough()
    await playground.addItem('cherry', '1', '2.00')
    await expect(playground.page.getByRole('alert')).toContainText('This order is paid, so you can no longer add items')
    await expect(playground.eventRows).toHaveCount(4)
  })

  test('a negative quantity is refused with what is allowed', async () => {
    await playground.createOrder('order-001', 'customer-123')
    await expect(playground.eventRows).toHaveCount(1)
    await playground.addItem('apple', '-3', '1.50')
    await expect(playground.page.getByRole('alert')).toContainText(
      'Quantity must be a whole number from 1 to 1,000,000',
    )
    await expect(playground.eventRows).toHaveCount(1)
    await expect(playground.field('Total')).toHaveText('$0.00')
  })

  test('the event log filters, searches and shows an event in full', async () => {
    await playground.loadSample()
    await playground.eventLog.getByLabel('Filter by type').selectOption('OrderCancelled')
    await expect(playground.eventRows).toHaveCount(1)
    await playground.eventLog.getByLabel('Filter by type').selectOption('')
    await playground.eventLog.getByLabel('Search events').fill('coffee')
    await expect(playground.eventRows).toHaveCount(1)
    await playground.eventRows.first().click()
    const details = playground.page.getByRole('region', { name: /^Event 6: ItemAdded$/ })
    await expect(details).toContainText('"unitPriceCents": 425')
  })

  test('reset asks first, then empties the store', async ({ page }) => {
    await playground.loadSample()
    await expect(playground.eventRows).toHaveCount(15)
    await playground.press('Reset store')
    await expect(page.getByRole('alertdialog')).toContainText('Delete all 15 events')
    await playground.press('Delete all events')
    await expect(playground.eventLog.getByText('No events yet')).toBeVisible()
    await page.reload()
    await expect(playground.eventLog.getByText('No events yet')).toBeVisible()
  })
})

test('at 390 px wide every panel is shown, one above the other', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.loadSample()
  await expect(playground.eventRows.first()).toBeVisible()
  const regions = ['Commands', 'Store', 'Time travel', 'Replayed state', 'Event log']
  const boxes = []
  for (const name of regions) {
    const region = page.getByRole('region', { name, exact: true })
    await region.scrollIntoViewIfNeeded()
    await expect(region).toBeVisible()
    const box = await region.boundingBox()
    expect(box, name).not.toBeNull()
    boxes.push(box!)
  }
  for (const box of boxes) {
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(390)
  }
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(pageWidth).toBeLessThanOrEqual(390)

  // The audit trail is two lines an entry, and still a table to a screen reader.
  const audit = page.getByRole('region', { name: 'Audit trail' })
  await audit.scrollIntoViewIfNeeded()
  await expect(audit.getByRole('row')).toHaveCount(5)
  await expect(audit.getByRole('row', { name: /^v?4 / })).toContainText('OrderPaid')
  await expectWithinWidth(audit.getByRole('cell', { name: /^OrderPaid/ }), audit, 'what changed')
  // Ids and times are not broken mid-word: the time is one line.
  const time = (await audit
    .getByRole('cell', { name: /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/ })
    .first()
    .boundingBox())!
  expect(time.height).toBeLessThan(30)

  // The diagrams shrink to fit: every stage is inside its canvas, none cut off at the sides.
  for (const [panel, diagram, stages] of [
    ['Flow', 'Flow diagram', ['Command', 'State', 'Read models']],
    ['Lifecycle', 'Lifecycle diagram', ['not created', 'paid', 'cancelled']],
  ] as const) {
    await page.getByRole('region', { name: panel, exact: true }).scrollIntoViewIfNeeded()
    const canvas = page.getByRole('group', { name: diagram })
    for (const stage of stages) {
      const node = canvas.getByRole('button', { name: new RegExp(`^${stage}`) })
      await expect(node).toBeVisible()
      await expectWithinWidth(node, canvas, `${diagram}: ${stage}`)
    }
  }
})

test('the page follows the system dark mode', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body.parentElement!).backgroundColor)
  await page.emulateMedia({ colorScheme: 'light' })
  await new PlaygroundPage(page).open()
  const light = await background()
  await page.emulateMedia({ colorScheme: 'dark' })
  const dark = await background()
  const brightness = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, n) => sum + Number(n), 0)
  expect(brightness(light)).toBeGreaterThan(600)
  expect(brightness(dark)).toBeLessThan(150)
})

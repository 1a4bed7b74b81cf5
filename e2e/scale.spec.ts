import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'
import { readInPage } from './pages/readInPage'
import { seedLargeLog } from './pages/seedLargeLog'

const EVENT_COUNT = 100_000
const ORDERS = 1_000

test('with 100,000 events the page loads, the slider reaches both ends and the log scrolls to the last event', async ({
  page,
}) => {
  // 1.9 minutes in an idle two-worker run: the limit is three times that.
  test.setTimeout(360_000)
  const playground = new PlaygroundPage(page)
  await playground.open()
  await seedLargeLog(page, EVENT_COUNT, ORDERS)
  await page.reload()
  await expect(page.getByText('100,000 events in 1,000 streams')).toBeVisible({ timeout: 30_000 })
  await playground.expectPosition(EVENT_COUNT)

  await playground.travelToBothEnds(EVENT_COUNT)
  await expect(playground.field('Version')).toHaveText('100')

  await playground.slider.fill('50000')
  await playground.expectPosition(50_000)
  await expect(playground.timeTravel).toContainText('position 50,000 of 100,000')
  // The log follows the position, and a six-digit position fits its column.
  const atPosition = page.getByRole('grid', { name: 'Events' }).getByRole('row', { name: /^50000 / })
  await expect(atPosition).toBeInViewport()
  const positionCell = atPosition.getByRole('gridcell').first()
  await expect(positionCell).toHaveText('50000')
  expect(await positionCell.evaluate((cell) => cell.scrollWidth <= cell.clientWidth)).toBe(true)

  // Virtualised: a handful of rows in the DOM, never 100,000.
  const grid = page.getByRole('grid', { name: 'Events' })
  await grid.evaluate((element) => element.scrollTo({ top: element.scrollHeight }))
  await expect(playground.eventRows.filter({ hasText: 'bulk-999' }).last()).toBeVisible()
  await expect(grid.getByRole('row', { name: /^100000 / })).toBeVisible()
  expect(await playground.eventRows.count()).toBeLessThan(80)

  // After that first load the store writes the log's pages in the background; the next load reads them.
  const pagesWritten = () => readInPage<number>(page, 'event-sourcing-playground', 'pages', 'count')
  await expect.poll(pagesWritten, { timeout: 60_000 }).toBe(EVENT_COUNT / 5_000)
  await page.reload()
  await expect(page.getByText('100,000 events in 1,000 streams')).toBeVisible({ timeout: 30_000 })
  // The address kept the position the slider was left at; Live goes to the end.
  await playground.expectPosition(50_000)
  await playground.press('Live')
  await playground.expectPosition(EVENT_COUNT)
  await expect(grid.getByRole('row', { name: /^100000 / })).toContainText('bulk-999')
  await playground.slider.fill('12345')
  await expect(grid.getByRole('row', { name: /^12345 / })).toBeInViewport()
})

import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'

test('stepping through time, the lower panels follow the replayed event’s stream and say which it is', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.loadSample()
  // Position 6 is order-002's second event (the sample selects order-001 when it loads).
  await playground.slider.fill('6')
  await playground.expectPosition(6)
  const lifecycle = page.getByRole('region', { name: 'Lifecycle' })
  await lifecycle.scrollIntoViewIfNeeded()
  await expect(lifecycle).toContainText('Showing order-002: the stream of the event at position 6, being replayed.')
  const audit = page.getByRole('region', { name: 'Audit trail' })
  await audit.scrollIntoViewIfNeeded()
  await expect(audit).toContainText('Showing order-002')
  await expect(audit.getByRole('row')).toHaveCount(1 + 2)
  const charts = page.getByRole('region', { name: 'Charts' })
  await charts.scrollIntoViewIfNeeded()
  await expect(charts.getByRole('figure', { name: 'Total of order-002 by version' })).toBeVisible()
  const flow = page.getByRole('region', { name: 'Flow' })
  await flow.scrollIntoViewIfNeeded()
  await expect(flow).toContainText('Replaying position 6: ItemAdded of order order-002')

  // A step forward moves them on to the next event's stream; choosing an order still works.
  await playground.timeTravel.getByRole('button', { name: 'Step forward' }).click()
  await playground.expectPosition(7)
  await expect(lifecycle).toContainText('the event at position 7')
  await playground.selectOrder('order-001')
  await expect(lifecycle).toContainText('Showing order-001, as selected in Replayed state.')
})

test('Flow says an imported event was never decided here, and a command sent here was', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  await page
    .getByRole('region', { name: 'Store' })
    .getByLabel(/^Import a log file/)
    .setInputFiles({
      name: 'learning-material-orders.csv',
      mimeType: 'text/csv',
      buffer: readFileSync('src/domains/order/samples/learning-material-orders.csv'),
    })
  await expect(page.getByRole('region', { name: 'Store' }).getByRole('status')).toContainText('Imported')
  const flow = page.getByRole('region', { name: 'Flow' })
  await flow.scrollIntoViewIfNeeded()
  await expect(flow).toContainText('was not decided in this tab: it was imported')
  await expect(flow).not.toContainText('went from a command')
  await expect(flow.getByRole('button', { name: /^Decide/ })).not.toHaveClass(/active/)

  await playground.createOrder('mine-1', 'ada')
  await flow.scrollIntoViewIfNeeded()
  await expect(flow).toContainText('went from a command through Decide')
})

test('clicking a Flow stage shows its explanation on screen, with a way to its panel', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.walkthrough()
  const flow = page.getByRole('region', { name: 'Flow' })
  await flow.scrollIntoViewIfNeeded()
  await flow.getByRole('button', { name: /^Decide/ }).click()
  const explanation = flow.getByRole('status')
  await expect(explanation).toContainText('checks the business rules')
  await expect(explanation).toBeInViewport()
  await explanation.getByRole('button', { name: 'Go to Commands' }).click()
  await expect(playground.commands).toBeFocused()
})

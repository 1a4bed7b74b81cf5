import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'
import { BuildPage } from './pages/BuildPage'

const STANDALONE = pathToFileURL(resolve('dist/standalone/index.html')).href

test('the single-file build works from disk and keeps its events in IndexedDB', async ({ page }) => {
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(STANDALONE)
  const playground = new PlaygroundPage(page)
  await expect(page.getByRole('heading', { name: 'Event Sourcing Playground' })).toBeVisible()
  await playground.createOrder('order-disk', 'customer-1')
  await expect(playground.eventRows).toHaveCount(1)
  await page.reload()
  await expect(playground.eventRows).toHaveCount(1)
  await expect(playground.eventRows.first()).toContainText('order-disk')
  // Self-contained: nothing but the HTML file itself (and inline data) is loaded.
  expect(requests.filter((url) => url !== STANDALONE && !url.startsWith('data:'))).toEqual([])
})

test('the single-file build says to open the site from a server to use a shared store, instead of a form that cannot work', async ({
  page,
}) => {
  await page.goto(STANDALONE)
  const shared = page.getByRole('group', { name: 'Shared store' })
  await shared.scrollIntoViewIfNeeded()
  await expect(shared).toContainText('opened from a file, and a file may not reach a server')
  await expect(shared.getByRole('button', { name: 'Connect to a shared store' })).toHaveCount(0)
})

test('the single-file build runs a learner’s module from disk: the sandbox needs no server and no eval', async ({
  page,
}) => {
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(STANDALONE)
  const build = new BuildPage(page)
  await build.open()
  await build.startFrom('Order')
  await build.runAndWait('My order')
  const playground = new PlaygroundPage(page)
  await page.getByRole('link', { name: 'Playground', exact: true }).click()
  await playground.fill('Order ID', 'disk-1')
  await playground.press('Create order')
  await expect(playground.field('status')).toHaveText('created')
  await page.reload()
  await expect(page.getByRole('banner').getByLabel('Domain')).toHaveValue('MyOrder')
  await expect(playground.field('status')).toHaveText('created')
  expect(requests.filter((url) => url !== STANDALONE && !url.startsWith('data:'))).toEqual([])
})

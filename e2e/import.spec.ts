import { readFile, writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { bigNdjsonLog } from './pages/bigLog'
import { PlaygroundPage } from './pages/PlaygroundPage'

test.describe('importing a log file', () => {
  let playground: PlaygroundPage

  test.beforeEach(async ({ page }) => {
    playground = new PlaygroundPage(page)
    await playground.open()
  })

  const store = () => playground.page.getByRole('region', { name: 'Store' })
  const chooseFile = (name: string, text: string) =>
    store()
      .getByLabel('Import a log file (.json, .ndjson or .csv)')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })

  async function exportedWalkthrough(kind: 'JSON' | 'NDJSON'): Promise<string> {
    await playground.walkthrough()
    const download = playground.page.waitForEvent('download')
    await store()
      .getByRole('button', { name: `Export ${kind}` })
      .click()
    return readFile(await (await download).path(), 'utf8')
  }

  test('an exported log imported into an empty store gives the same history', async ({ browser }) => {
    const file = await exportedWalkthrough('NDJSON')
    const fresh = await browser.newContext()
    const page = await fresh.newPage()
    const other = new PlaygroundPage(page)
    await other.open()
    await page
      .getByLabel('Import a log file (.json, .ndjson or .csv)')
      .setInputFiles({ name: 'log.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(file) })
    await expect(page.getByRole('region', { name: 'Store' }).getByRole('status')).toHaveText('Imported 4 events.')
    await expect(other.eventRows).toHaveCount(4)
    await other.selectOrder('order-001')
    await expect(other.field('Total')).toHaveText('$6.00')
    await expect(other.field('Status')).toHaveText('paid')
    await page.reload()
    await expect(other.eventRows).toHaveCount(4)
    await fresh.close()
  })

  test('into a store with events: adding refuses the streams it has, replacing swaps the whole log', async () => {
    const file = await exportedWalkthrough('JSON')
    await playground.createOrder('order-002', 'customer-456')
    await expect(playground.eventRows).toHaveCount(5)

    await chooseFile('log.json', file)
    await expect(playground.page.getByRole('alertdialog')).toContainText('already has 5 events')
    await playground.page.getByRole('button', { name: 'Add to the store' }).click()
    await expect(store().getByRole('alert')).toContainText(
      'Nothing was imported: The store already has stream Order-order-001',
    )
    await expect(playground.eventRows).toHaveCount(5)

    await chooseFile('log.json', file)
    await playground.page.getByRole('button', { name: 'Cancel import' }).click()
    await expect(playground.eventRows).toHaveCount(5)

    await chooseFile('log.json', file)
    await playground.page.getByRole('button', { name: 'Replace all events' }).click()
    await expect(store().getByRole('status')).toHaveText('Replaced the store with 4 events from the file.')
    await expect(playground.eventRows).toHaveCount(4)
    await expect(playground.eventLog).not.toContainText('order-002')
  })

  test('a malformed file is refused with the line or event and field, and nothing is written', async () => {
    const file = await exportedWalkthrough('JSON')
    const document = JSON.parse(file)
    document.events.push({ ...document.events[0], eventId: 'x-1', streamId: 'Order-x', version: 0 })
    await chooseFile('bad.json', JSON.stringify(document))
    await playground.page.getByRole('button', { name: 'Replace all events' }).click()
    await expect(store().getByRole('alert')).toContainText('event 5: version must be a positive integer')
    await expect(playground.eventRows).toHaveCount(4)

    document.events[4].version = 2
    await chooseFile('gap.json', JSON.stringify(document))
    await playground.page.getByRole('button', { name: 'Replace all events' }).click()
    await expect(store().getByRole('alert')).toContainText('event 5: version must be 1')
    await expect(playground.eventRows).toHaveCount(4)

    await chooseFile('broken.ndjson', '{"eventId": "a"}\nnot json at all\n')
    await playground.page.getByRole('button', { name: 'Replace all events' }).click()
    await expect(store().getByRole('alert')).toContainText('line 1: ')
    await expect(playground.eventRows).toHaveCount(4)
  })

  /** The URLs of the workers the page starts from now on: a large import is written in one. */
  const watchWorkers = (page: Page) => {
    const urls: string[] = []
    page.on('worker', (worker) => urls.push(worker.url()))
    return urls
  }

  test('20,000 events import in one go', async ({ page }, testInfo) => {
    const workers = watchWorkers(page)
    // Picked from disk: sending the 5 MB through Playwright took 6 s of a loaded run.
    const file = testInfo.outputPath('big.ndjson')
    await writeFile(file, bigNdjsonLog(20_000, 200))
    await store().getByLabel('Import a log file (.json, .ndjson or .csv)').setInputFiles(file)
    // The import itself took 9 s beside another test on two cores.
    await expect(store().getByRole('status')).toHaveText('Imported 20,000 events.', { timeout: 30_000 })
    await expect(store()).toContainText('20,000 events in 200 streams')
    expect(await page.evaluate(async () => (await window.playground.store.readAll()).length)).toBe(20_000)
    expect(workers.filter((url) => url.includes('importWorker'))).toHaveLength(1)
  })

  test('a large file with a stream the store has is refused whole, though its worker wrote part of it', async ({
    page,
  }, testInfo) => {
    const workers = watchWorkers(page)
    await playground.createOrder('big-199', 'customer-123')
    await expect(playground.eventRows).toHaveCount(1)
    const file = testInfo.outputPath('clashing.ndjson')
    await writeFile(file, bigNdjsonLog(20_000, 200))
    await store().getByLabel('Import a log file (.json, .ndjson or .csv)').setInputFiles(file)
    await page.getByRole('button', { name: 'Add to the store' }).click()
    await expect(store().getByRole('alert')).toContainText(
      'Nothing was imported: The store already has stream Order-big-199',
      { timeout: 30_000 },
    )
    await expect(store()).toContainText('1 event in 1 stream')
    expect(await page.evaluate(async () => (await window.playground.store.readAll()).length)).toBe(1)
    expect(workers.filter((url) => url.includes('importWorker'))).toHaveLength(1)
  })
})

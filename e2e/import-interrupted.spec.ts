import { writeFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { bigNdjsonLog } from './pages/bigLog'
import { PlaygroundPage } from './pages/PlaygroundPage'
import { storedEvents } from './pages/storeInPage'

test.describe('fault 7: the page reloads in the middle of a large import', () => {
  test.setTimeout(120_000)

  test('afterwards the store holds all of the 100,000 events or none of them, and what it had before', async ({
    page,
  }, testInfo) => {
    const file = testInfo.outputPath('hundred-thousand.ndjson')
    await writeFile(file, bigNdjsonLog(100_000, 1_000))
    const playground = new PlaygroundPage(page)
    await playground.open()
    await playground.createOrder('order-001', 'customer-123')
    await expect(playground.eventRows).toHaveCount(1)

    await page.getByLabel('Import a log file (.json, .ndjson or .csv)').setInputFiles(file)
    await page.getByRole('button', { name: 'Add to the store' }).click()
    // The writing has started: one IndexedDB transaction is open, with part of the events in it.
    const writing = page.getByRole('progressbar', { name: 'Writing the events' })
    await expect(writing).toBeVisible({ timeout: 60_000 })
    await page.reload()

    await expect(page.getByRole('region', { name: 'Store' })).toContainText(/events? in \d+ streams?/, {
      timeout: 30_000,
    })
    const stored = await storedEvents(page)
    // All or nothing: either only the order that was there, or it and every imported event.
    expect([1, 100_001]).toContain(stored.length)
    expect(stored.map((event) => event.position)).toEqual(stored.map((_, index) => index + 1))
    expect(stored[0]).toMatchObject({ streamId: 'Order-order-001', version: 1 })
    await expect(page.getByRole('region', { name: 'Store' })).toContainText(
      stored.length === 1 ? '1 event in 1 stream' : '100,001 events in 1,001 streams',
    )
    testInfo.annotations.push({ type: 'stored after the reload', description: String(stored.length) })
  })
})

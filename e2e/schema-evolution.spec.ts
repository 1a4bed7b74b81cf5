import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { ExercisesPage } from './pages/ExercisesPage'
import { PlaygroundPage } from './pages/PlaygroundPage'

test.describe('schema evolution', () => {
  test('the Learn panel upcasts what a person types, and refuses what it cannot read', async ({ page }) => {
    await new PlaygroundPage(page).open()
    await new ExercisesPage(page).open()
    const panel = page.getByRole('region', { name: 'Schema evolution' })
    const result = panel.getByRole('status', { name: 'Upcast result' })
    await expect(result).toContainText('"unitPriceCents": 150')
    await panel.getByLabel('Schema 0 data').fill('{"item_id": "fig", "quantity": 2, "price": 0.35}')
    await expect(result).toContainText('"itemId": "fig"')
    await expect(result).toContainText('"unitPriceCents": 35')
    await panel.getByLabel('Schema 0 data').fill('{"item_id": "fig", "quantity": 2, "price": 0.355}')
    await expect(result).toHaveText(
      'Cannot upcast: schema 0: price must be a non-negative amount in whole cents (got 0.355).',
    )
    await panel.getByLabel('Event type').selectOption('OrderCreated')
    await expect(result).toContainText('"orderId": "order-001"')
  })

  test('the concept card takes you to the panel', async ({ page }) => {
    await new PlaygroundPage(page).open()
    await new ExercisesPage(page).open()
    await page.getByRole('link', { name: 'See it in Schema evolution' }).click()
    await expect(page.getByRole('region', { name: 'Schema evolution' })).toBeFocused()
    await page.getByRole('link', { name: 'See it in Snapshots' }).click()
    await expect(page.getByRole('region', { name: 'Snapshots' })).toBeFocused()
  })

  test('the material’s table, downloaded from Learn and imported, is stored as schema 0 and replayed as ours', async ({
    page,
  }) => {
    const playground = new PlaygroundPage(page)
    await playground.open()
    await new ExercisesPage(page).open()
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download the sample as CSV' }).click()
    const csv = await readFile(await (await download).path(), 'utf8')
    expect(csv.split('\n')[0]).toBe('event_id,aggregate_type,aggregate_id,event_type,version,data,timestamp')

    await page.getByRole('link', { name: 'Playground' }).click()
    await page
      .getByLabel('Import a log file (.json, .ndjson or .csv)')
      .setInputFiles({ name: 'orders.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await expect(page.getByRole('region', { name: 'Store' }).getByRole('status')).toHaveText(
      "Imported 9 events from the learning material's table, stored in schema 0 and upcast to schema 1 when read.",
    )
    await expect(playground.eventRows).toHaveCount(9)
    await expect(playground.eventRows.filter({ hasText: 'schema 0 → 1' })).toHaveCount(9)
    await expect(playground.eventRows.nth(1)).toContainText('3 × apple at $1.50')
    await playground.selectOrder('order-001')
    await expect(playground.field('Total')).toHaveText('$6.00')
    await expect(playground.field('Status')).toHaveText('paid')
    await playground.selectOrder('order-002')
    await expect(playground.field('Status')).toHaveText('cancelled')
    await expect(playground.field('Total')).toHaveText('$2.00')

    // Stored as written: an export gives the material's data back untouched.
    const exported = page.waitForEvent('download')
    await page.getByRole('region', { name: 'Store' }).getByRole('button', { name: 'Export JSON' }).click()
    const file = JSON.parse(await readFile(await (await exported).path(), 'utf8')) as {
      events: { data: unknown; metadata: { schemaVersion: number } }[]
    }
    expect(file.events[1]).toMatchObject({
      data: { item_id: 'apple', quantity: 3, price: 1.5 },
      metadata: { schemaVersion: 0 },
    })
  })

  test('events this version cannot read are shown as such and the panels carry on (fault 11)', async ({ page }) => {
    const playground = new PlaygroundPage(page)
    await playground.open()
    await playground.walkthrough()
    // As a newer playground in another tab would write them.
    await page.evaluate(() =>
      window.playground.store.append('Order-order-009', [
        { type: 'OrderCreated', data: { orderId: 'order-009', customerId: 'c-9' } },
        { type: 'GiftWrapped', data: { paper: 'gold' } },
        {
          type: 'ItemAdded',
          data: { itemId: 'fig', quantity: 1, unitPriceCents: 90, wrap: true },
          metadata: { schemaVersion: 3 },
        },
        { type: 'ItemAdded', data: { itemId: 'kiwi', quantity: 2, unitPriceCents: 40 } },
      ]),
    )
    await expect(playground.eventRows).toHaveCount(8)
    await expect(playground.eventRows.nth(5)).toContainText('unknown type')
    await expect(playground.eventRows.nth(6)).toContainText('unknown schema 3')
    await playground.selectOrder('order-009')
    await expect(playground.field('Total')).toHaveText('$0.80')
    await expect(playground.field('Version')).toHaveText('4')
    await playground.eventRows.nth(6).click()
    await expect(page.getByRole('region', { name: 'Event 7: ItemAdded' })).toContainText(
      'Schema 3 is newer than this playground reads (1)',
    )
    await page.reload()
    await expect(playground.eventRows).toHaveCount(8)
    await expect(playground.eventRows.nth(5)).toContainText('unknown type')
  })
})

import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'

test('Export JSON and Export NDJSON download the whole log as stored', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  const store = page.getByRole('region', { name: 'Store' })
  await expect(store.getByRole('button', { name: 'Export JSON' })).toBeDisabled()
  await playground.walkthrough()
  const stored = await page.evaluate(() => window.playground.store.readAll())

  const jsonDownload = page.waitForEvent('download')
  await store.getByRole('button', { name: 'Export JSON' }).click()
  const json = await jsonDownload
  expect(json.suggestedFilename()).toMatch(/^event-log-\d{4}-\d{2}-\d{2}\.json$/)
  const file = JSON.parse(await readFile(await json.path(), 'utf8'))
  expect(file).toMatchObject({ format: 'event-sourcing-playground/event-log', formatVersion: 1 })
  expect(file.events).toEqual(stored)
  await expect(store.getByRole('status')).toHaveText('Exported 4 events as JSON.')

  const ndjsonDownload = page.waitForEvent('download')
  await store.getByRole('button', { name: 'Export NDJSON' }).click()
  const lines = (await readFile(await (await ndjsonDownload).path(), 'utf8')).trimEnd().split('\n')
  expect(lines.map((line) => JSON.parse(line))).toEqual(stored)

  const schema = await page.request.get('event-log.schema.json')
  expect(schema.ok()).toBe(true)
  expect((await schema.json()).title).toBe('Event Sourcing Playground event log')
})

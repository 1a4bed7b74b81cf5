import { writeFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'

const PAYLOADS = {
  orderId: '<img/src=x/onerror=window.__pwned=1>',
  customerId: '<script>window.__pwned=2</script>',
  itemId: '"><svg/onload=window.__pwned=3>',
  reason: '<iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>',
  sessionId: '<b>bold</b><img src=x onerror=window.__pwned=5>',
}

function hostileLog(): string {
  const streamId = 'Order-<b>x</b>'
  const base = (version: number) => ({
    eventId: `hostile-${version}`,
    streamId,
    version,
    metadata: { correlationId: 'c', causationId: null, sessionId: PAYLOADS.sessionId, schemaVersion: 1 },
    recordedAt: `2026-11-20T10:00:0${version}.000Z`,
  })
  return [
    { ...base(1), type: 'OrderCreated', data: { orderId: PAYLOADS.orderId, customerId: PAYLOADS.customerId } },
    { ...base(2), type: 'ItemAdded', data: { itemId: PAYLOADS.itemId, quantity: 2, unitPriceCents: 150 } },
    { ...base(3), type: 'OrderCancelled', data: { reason: PAYLOADS.reason } },
    { ...base(4), type: '<marquee>NotAnEvent</marquee>', data: { html: '<h1>big</h1>' } },
  ]
    .map((event) => JSON.stringify(event))
    .join('\n')
}

test('a log full of markup and script payloads renders as text everywhere, and none of it runs', async ({ page }) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  await page
    .getByLabel('Import a log file (.json, .ndjson or .csv)')
    .setInputFiles({ name: 'hostile.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(hostileLog()) })
  await expect(page.getByRole('region', { name: 'Store' }).getByRole('status')).toHaveText('Imported 4 events.')

  // The order, its details, the log and the event envelope, as a person would look at them.
  await page.getByRole('list', { name: 'Orders' }).getByRole('button').first().click()
  await expect(playground.field('Customer')).toHaveText(PAYLOADS.customerId)
  await expect(playground.eventLog).toContainText(PAYLOADS.itemId)
  await expect(playground.eventLog).toContainText('<marquee>NotAnEvent</marquee>')
  await playground.eventRows.nth(2).click()
  await expect(page.getByRole('region', { name: /^Event 3:/ })).toContainText('parent.__pwned=4')
  await playground.slider.fill('2')

  // Every panel of the read side, diagrams and charts included.
  for (const name of ['Flow', 'Read models', 'Lifecycle', 'Charts', 'Audit trail']) {
    await page.getByRole('region', { name }).scrollIntoViewIfNeeded()
  }
  await expect(page.getByRole('region', { name: 'Audit trail' })).toContainText(PAYLOADS.sessionId)
  await page.getByRole('region', { name: 'Read models' }).scrollIntoViewIfNeeded()
  await expect(page.getByRole('region', { name: 'Read models' })).toContainText(PAYLOADS.orderId)
  await page.getByRole('region', { name: 'Flow' }).scrollIntoViewIfNeeded()
  await expect(page.getByRole('region', { name: 'Flow' })).toContainText('ItemAdded on Order-<b>x</b>')
  await page.getByRole('region', { name: 'Lifecycle' }).scrollIntoViewIfNeeded()
  await expect(page.getByRole('region', { name: 'Lifecycle' })).toContainText(`${PAYLOADS.orderId} is created`)

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  await expect(page.locator('script:not([src]), img[src="x"], svg[onload], iframe, marquee, b')).toHaveCount(0)
})

test('very long strings and deep objects are refused with a message, and the page carries on', async ({
  page,
}, testInfo) => {
  const playground = new PlaygroundPage(page)
  await playground.open()
  const store = page.getByRole('region', { name: 'Store' })
  const event = (data: string) =>
    `{"eventId":"e-1","streamId":"Order-big","version":1,"type":"OrderCreated","data":${data},` +
    `"metadata":{"correlationId":"c","causationId":null,"sessionId":"s","schemaVersion":1},"recordedAt":"2026-11-20T10:00:00.000Z"}`
  const files = [
    { data: '['.repeat(200_000) + ']'.repeat(200_000), message: 'line 1: data[0]' },
    {
      data: JSON.stringify({ note: 'x'.repeat(20_000_000) }),
      message: 'line 1: data.note: is 20000000 characters long',
    },
  ]
  for (const [index, { data, message }] of files.entries()) {
    // Picked from disk, as a person would: a 20 MB buffer sent through Playwright took 9 of this test's 25 s.
    const file = testInfo.outputPath(`huge-${index}.ndjson`)
    await writeFile(file, event(data))
    await page.getByLabel('Import a log file (.json, .ndjson or .csv)').setInputFiles(file)
    await expect(store.getByRole('alert')).toContainText(`The file cannot be imported, nothing was written: ${message}`)
  }
  await expect(playground.eventLog.getByText('No events yet')).toBeVisible()
  await playground.createOrder('order-001', 'customer-123')
  await expect(playground.eventRows).toHaveCount(1)
})

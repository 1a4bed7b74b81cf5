import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
// The plain test, not ./fixtures: these tests provoke the policy's console errors on purpose.
import { expect, test, type Page } from '@playwright/test'

const STANDALONE = pathToFileURL(resolve('dist/standalone/index.html')).href

/** Tries what the policy forbids from inside the page (an inline script, a fetch elsewhere), and reports what ran and what was refused. */
async function probe(page: Page) {
  return page.evaluate(async () => {
    const refused: string[] = []
    document.addEventListener('securitypolicyviolation', (event) => refused.push(event.effectiveDirective))
    const marks = window as unknown as { inlineRan?: boolean }
    const script = document.createElement('script')
    script.textContent = 'window.inlineRan = true'
    document.body.append(script)
    const fetched = await fetch('https://example.invalid/').then(
      () => true,
      () => false,
    )
    await new Promise((resolve) => setTimeout(resolve, 100))
    return { inlineRan: marks.inlineRan === true, fetched, refused: [...new Set(refused)].sort() }
  })
}

for (const [name, url] of [
  ['the served site', './'],
  ['the single-file build', STANDALONE],
] as const) {
  test(`${name} carries a Content-Security-Policy: no inline script, no eval, no network beyond itself`, async ({
    page,
  }) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text())
    })
    await page.goto(url)
    await expect(page.getByRole('heading', { name: 'Event Sourcing Playground' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Event log' })).toBeVisible()
    // The page itself runs under its policy without a single violation...
    expect(violations).toEqual([])
    // No 'unsafe-inline' and no 'unsafe-eval' anywhere: only WebAssembly may be compiled, for the
    // learner's sandbox. (Whether eval is refused cannot be probed from page.evaluate: DevTools
    // evaluation is exempt from the page's policy.)
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(policy).toMatch(/script-src ('self'|'sha256-[^']+') 'wasm-unsafe-eval'(;|$)/)
    expect(policy?.replace("'wasm-unsafe-eval'", '')).not.toContain('unsafe')
    // ...and what the policy forbids is refused.
    const result = await probe(page)
    expect(result).toMatchObject({ inlineRan: false, fetched: false })
    expect(result.refused).toEqual(expect.arrayContaining(['connect-src', 'script-src-elem']))
  })
}

test('fault 19: importing a file raises no policy violation: zod is told not to probe for eval', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { violations: string[] }).violations = seen
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective))
  })
  await page.goto('./')
  await expect(page.getByRole('region', { name: 'Event log' })).toBeVisible()
  const event = {
    eventId: 'csp-1',
    streamId: 'Order-csp',
    version: 1,
    type: 'OrderCreated',
    data: { orderId: 'csp', customerId: 'c' },
    metadata: { correlationId: 'csp-1', causationId: null, sessionId: 's', schemaVersion: 1 },
    recordedAt: '2026-11-29T10:00:00.000Z',
  }
  await page
    .getByLabel('Import a log file (.json, .ndjson or .csv)')
    .setInputFiles({ name: 'one.ndjson', mimeType: 'application/x-ndjson', buffer: Buffer.from(JSON.stringify(event)) })
  await expect(page.getByRole('region', { name: 'Store' }).getByRole('status')).toHaveText('Imported 1 event.')
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([])
})

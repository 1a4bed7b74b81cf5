/**
 * Takes the README's screenshots of the built site: `npm run screenshots` (it builds and serves first).
 * Writes docs/screenshot-desktop.png (1280×800), docs/screenshot-phone.png (390 wide),
 * docs/screenshot-dark.png (1280×800, the system's dark mode), docs/screenshot-lab.png and
 * docs/screenshot-read-side.png (the diagrams, read models and charts below the playground),
 * docs/screenshot-schema-evolution.png (the learning material's table imported, an upcast event open),
 * docs/screenshot-learn-schema.png (the Schema evolution panel of Learn), docs/screenshot-bank.png and
 * docs/screenshot-bank-read-side.png (the Bank account after two transfers, and the Transfers process on the
 * read side), docs/screenshot-catalog.png (the Catalog item sample at position 6) and, where PostgreSQL is
 * installed, docs/screenshot-shared-store.png (the Store panel connected to a shared store's room); and the
 * time-travel debugger's docs/debugger-*.png (scripts/screenshots/debugger.ts) and the Build view's
 * docs/screenshot-build*.png (scripts/screenshots/build.ts).
 */
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../e2e/chromium'
import { servePreview } from './servePreview'
import { postgresBinaries } from './postgres/throwaway'
import { sharedStoreScreenshot } from './shared-store/screenshot'
import { debuggerScreenshots } from './screenshots/debugger'
import { buildScreenshots } from './screenshots/build'

const { url, stop } = await servePreview(4174)
try {
  const executablePath = chromiumExecutablePath()
  const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) })
  const shots = [
    { file: 'docs/screenshot-desktop.png', viewport: { width: 1280, height: 800 }, fullPage: false, dark: false },
    { file: 'docs/screenshot-phone.png', viewport: { width: 390, height: 844 }, fullPage: true, dark: false },
    { file: 'docs/screenshot-dark.png', viewport: { width: 1280, height: 800 }, fullPage: false, dark: true },
  ]
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport, colorScheme: shot.dark ? 'dark' : 'light' })
    await page.goto(url)
    // The first screen as a newcomer sees it: Start here, with the sample loaded from its step 2.
    await page.getByRole('region', { name: 'Start here' }).getByRole('button', { name: 'Load sample' }).click()
    await page.getByText(/Loaded the Order sample/).waitFor()
    await page.getByRole('slider', { name: 'Time travel' }).fill('3')
    await page
      .getByRole('region', { name: 'Event log' })
      .getByRole('row', { name: /OrderPaid/ })
      .first()
      .click()
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: shot.file, fullPage: shot.fullPage })
    await page.close()
    console.log(`wrote ${shot.file}`)
  }
  const lab = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
  await lab.goto(`${url}#/conflict-lab`)
  await lab.getByRole('button', { name: 'Replay: Lost update prevented' }).click()
  await lab.getByRole('status').filter({ hasText: 'Replayed' }).waitFor()
  await lab.screenshot({ path: 'docs/screenshot-lab.png', fullPage: true })
  console.log('wrote docs/screenshot-lab.png')
  const readSide = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
  await readSide.goto(url)
  await readSide.getByRole('region', { name: 'Start here' }).getByRole('button', { name: 'Load sample' }).click()
  await readSide.getByText(/Loaded the Order sample/).waitFor()
  await readSide.getByRole('slider', { name: 'Time travel' }).fill('3')
  // The stored tables catch up in the background; the picture shows them caught up.
  await readSide.getByText('Stored table: checkpoint 15 · up to date').first().waitFor()
  await readSide
    .getByRole('heading', { name: 'Flow' })
    .evaluate((heading) => heading.closest('section')?.scrollIntoView())
  await readSide.getByRole('button', { name: /^Evolve/ }).waitFor()
  await readSide.getByRole('figure', { name: 'Events by type' }).locator('.recharts-bar-rectangle').first().waitFor()
  await readSide.screenshot({ path: 'docs/screenshot-read-side.png' })
  console.log('wrote docs/screenshot-read-side.png')
  const upcast = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await upcast.goto(url)
  await upcast.getByLabel(/^Import a log file/).setInputFiles({
    name: 'learning-material-orders.csv',
    mimeType: 'text/csv',
    buffer: readFileSync('src/domains/order/samples/learning-material-orders.csv'),
  })
  await upcast.getByText(/from the learning material's table/).waitFor()
  await upcast.getByRole('region', { name: 'Event log' }).getByRole('row', { name: /apple/ }).first().click()
  await upcast.screenshot({ path: 'docs/screenshot-schema-evolution.png' })
  console.log('wrote docs/screenshot-schema-evolution.png')
  await upcast.goto(`${url}#/exercises`)
  await upcast
    .getByRole('region', { name: 'Schema evolution' })
    .screenshot({ path: 'docs/screenshot-learn-schema.png' })
  console.log('wrote docs/screenshot-learn-schema.png')

  // The Bank account: its sample, a transfer that completes and one that is compensated.
  const bank = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await bank.goto(`${url}#/?domain=Account`)
  await bank.getByRole('region', { name: 'Start here' }).getByRole('button', { name: 'Hide' }).click()
  await bank.getByRole('region', { name: 'Store' }).getByRole('button', { name: 'Load sample' }).click()
  await bank.getByText(/Loaded the Bank account sample/).waitFor()
  const transfer = bank.getByRole('form', { name: 'Transfer form' })
  await transfer.getByLabel('To account').fill('bob_456')
  await transfer.getByRole('button', { name: 'Transfer' }).click()
  await bank
    .getByRole('region', { name: 'Event log' })
    .getByRole('row', { name: /TransferCompleted/ })
    .waitFor()
  await transfer.getByLabel('To account').fill('carol_789')
  await transfer.getByRole('button', { name: 'Transfer' }).click()
  await bank
    .getByRole('region', { name: 'Event log' })
    .getByRole('row', { name: /TransferFailed/ })
    .waitFor()
  await bank.evaluate(() => window.scrollTo(0, 0))
  await bank.screenshot({ path: 'docs/screenshot-bank.png' })
  console.log('wrote docs/screenshot-bank.png')
  await bank.setViewportSize({ width: 1280, height: 1000 })
  await bank.getByRole('heading', { name: 'Flow' }).evaluate((heading) => heading.closest('section')?.scrollIntoView())
  await bank.getByText(/Live: TransferFailed .* was sent by the Transfers process/).waitFor()
  await bank.waitForTimeout(1500) // the token's trip along the edges
  await bank.screenshot({ path: 'docs/screenshot-bank-read-side.png' })
  console.log('wrote docs/screenshot-bank-read-side.png')

  const catalog = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await catalog.goto(`${url}#/?domain=CatalogItem`)
  await catalog.getByRole('region', { name: 'Start here' }).getByRole('button', { name: 'Load sample' }).click()
  await catalog.getByText(/Loaded the Catalog item sample/).waitFor()
  await catalog.getByRole('slider', { name: 'Time travel' }).fill('6')
  await catalog.evaluate(() => window.scrollTo(0, 0))
  await catalog.screenshot({ path: 'docs/screenshot-catalog.png' })
  console.log('wrote docs/screenshot-catalog.png')
  await debuggerScreenshots(browser, url)
  await buildScreenshots(browser, url)
  if (postgresBinaries()) await sharedStoreScreenshot(browser, url)
  else console.log('kept docs/screenshot-shared-store.png: PostgreSQL is not installed to make it again')
  await browser.close()
} finally {
  stop()
}

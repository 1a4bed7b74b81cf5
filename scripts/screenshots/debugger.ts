import type { Browser, Page } from '@playwright/test'

/** Opens the site with the Order sample loaded, at 1280 px. */
async function withSample(browser: Browser, url: string, hash = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`${url}${hash}`)
  await page.getByRole('region', { name: 'Start here' }).getByRole('button', { name: 'Load sample' }).click()
  await page.getByText(/Loaded the .* sample/).waitFor()
  return page
}

const wrote = (file: string) => console.log(`wrote ${file}`)

/**
 * The README's pictures of the time-travel debugger: docs/debugger-why.png, debugger-export-test.png,
 * debugger-what-if.png, debugger-compare.png, debugger-bookmarks.png, debugger-causes.png and
 * debugger-shared-log.png.
 */
export async function debuggerScreenshots(browser: Browser, url: string): Promise<void> {
  const page = await withSample(browser, url)
  const slider = page.getByRole('slider', { name: 'Time travel' })
  const state = page.getByRole('region', { name: 'Replayed state' })
  await slider.fill('9')
  await state.getByRole('button', { name: 'Why Total?' }).click()
  await state.getByRole('region', { name: 'Field history' }).waitFor()
  await state.screenshot({ path: 'docs/debugger-why.png' })
  wrote('docs/debugger-why.png')

  const download = page.waitForEvent('download')
  await state.getByRole('button', { name: 'Export as test' }).click()
  await download
  await state.locator('.export-test').screenshot({ path: 'docs/debugger-export-test.png' })
  wrote('docs/debugger-export-test.png')

  const travel = page.getByRole('region', { name: 'Time travel' })
  await slider.fill('5')
  await travel.getByLabel('Bookmark name').fill('order-002 begins')
  await travel.getByRole('button', { name: 'Bookmark this position' }).click()
  await slider.fill('11')
  await slider.focus()
  await page.keyboard.press('b')
  await travel.screenshot({ path: 'docs/debugger-bookmarks.png' })
  wrote('docs/debugger-bookmarks.png')

  await page.getByRole('button', { name: 'Live', exact: true }).click()
  const log = page.getByRole('region', { name: 'Event log' })
  await log
    .getByRole('row', { name: /ItemAdded/ })
    .first()
    .click()
  await log.getByRole('button', { name: 'What if this event never happened?' }).click()
  const whatIf = page.getByRole('region', { name: 'What if' })
  await whatIf.getByRole('list', { name: 'Read models that differ' }).waitFor()
  await whatIf.screenshot({ path: 'docs/debugger-what-if.png' })
  wrote('docs/debugger-what-if.png')

  const compare = page.getByRole('region', { name: 'Compare positions' })
  await compare.getByLabel('From position').fill('8')
  await compare.getByLabel('To position').fill('12')
  await compare.getByRole('button', { name: 'Compare positions' }).click()
  await compare.getByRole('region', { name: 'Changes between positions' }).waitFor()
  await compare.screenshot({ path: 'docs/debugger-compare.png' })
  wrote('docs/debugger-compare.png')

  const store = page.getByRole('region', { name: 'Store' })
  await store.getByRole('button', { name: 'Share as link' }).click()
  const link = await store.getByLabel('Link to this log').inputValue()
  const visitor = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await visitor.goto(link)
  await visitor.getByRole('heading', { name: 'A shared log, read only' }).waitFor()
  await visitor.getByRole('slider', { name: 'Time travel' }).fill('6')
  await visitor.screenshot({ path: 'docs/debugger-shared-log.png' })
  wrote('docs/debugger-shared-log.png')
  await visitor.close()
  await page.close()

  const bank = await withSample(browser, url, '#/?domain=Account')
  const bankLog = bank.getByRole('region', { name: 'Event log' })
  // A transfer, so a deposit has causes and effects: the Transfers process carries it across the two accounts.
  const transfer = bank.getByRole('form', { name: 'Transfer form' })
  await transfer.getByLabel('To account').fill('bob_456')
  await transfer.getByRole('button', { name: 'Transfer' }).click()
  await bankLog.getByRole('row', { name: /TransferCompleted/ }).waitFor()
  await bankLog.getByRole('row', { name: /TransferCompleted/ }).click()
  await bankLog
    .getByRole('region', { name: /^Event \d+: TransferCompleted$/ })
    .getByRole('button', { name: /: MoneyDeposited on Account-bob_456$/ })
    .click()
  const details = bankLog.getByRole('region', { name: /^Event \d+: MoneyDeposited$/ })
  await details.getByRole('group', { name: 'Causal chain diagram' }).getByRole('button').first().waitFor()
  await bank.waitForTimeout(500)
  await details.locator('.causal-links').screenshot({ path: 'docs/debugger-causes.png' })
  wrote('docs/debugger-causes.png')
  await bank.close()
}

import { readFileSync } from 'node:fs'
import type { Browser } from '@playwright/test'
import { shipSolution } from '../../tests/kit/buildSolutions'

/**
 * The README's pictures of the Build view: docs/screenshot-build.png (a copy of the Order with
 * shipping added, running, its exercise checked) and docs/screenshot-build-playground.png (the same
 * module in the playground, an order shipped).
 */
export async function buildScreenshots(browser: Browser, url: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`${url}#/build`)
  const view = page.getByRole('region', { name: 'Build your own domain' })
  await view.getByLabel('Start from').selectOption('Order')
  await view.getByRole('button', { name: 'New module' }).click()
  const editor = page.getByRole('textbox', { name: 'Module code' })
  await editor.click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.press('Delete')
  await page.keyboard.insertText(shipSolution(readFileSync('src/domains/order/learner/orderTemplate.ts', 'utf8')))
  await view.getByRole('button', { name: 'Run', exact: true }).click()
  await page.getByText(/My order \(category MyOrder\) runs/).waitFor()
  const ship = page.getByRole('region', { name: 'Ship an order', exact: true })
  await ship.getByRole('button', { name: 'Check Ship an order' }).click()
  await ship.getByText('Passed.').waitFor()
  // The editor at the new command's rule, a page down from the top.
  await editor.click()
  await page.keyboard.press('ControlOrMeta+Home')
  await page.keyboard.press('PageDown')
  await page.getByText("if (command.type === 'ShipOrder')").waitFor()
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: 'docs/screenshot-build.png' })
  console.log('wrote docs/screenshot-build.png')

  await page.getByRole('link', { name: 'Playground', exact: true }).click()
  await page.getByRole('region', { name: 'Start here' }).getByRole('button', { name: 'Hide' }).click()
  const commands = page.getByRole('region', { name: 'Commands' })
  for (const button of ['Create order', 'Add item', 'Pay order', 'Ship order']) {
    await commands.getByRole('button', { name: button, exact: true }).click()
    await page
      .getByRole('region', { name: 'Event log' })
      .getByRole('row', { name: new RegExp(button === 'Ship order' ? 'OrderShipped' : '') })
      .first()
      .waitFor()
  }
  await page.getByRole('region', { name: 'Replayed state' }).getByText('shipped').first().waitFor()
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: 'docs/screenshot-build-playground.png' })
  console.log('wrote docs/screenshot-build-playground.png')
  await page.close()
}

import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'
import { openBuildView, orderTemplateSource } from '../pages/BuildPage'
import { inventorySolution, refundSolution, shipSolution } from '../../tests/kit/buildSolutions'

/** Opens the Build view on a new module from a template. */
async function startBuilding(page: Page, template: 'Blank' | 'Order') {
  const { playground, build } = await openBuildView(page)
  await build.startFrom(template)
  return { playground, build }
}

/** Presses the exercise's Check and returns what its card says. */
async function check(page: Page, title: string) {
  const card = page.getByRole('region', { name: title, exact: true })
  await card.getByRole('button', { name: `Check ${title}` }).click()
  return card.getByRole('status')
}

test('Build exercise 1 (Ship an order): a paid order ships once; near miss: shipping an unpaid order', async ({
  page,
}) => {
  const { playground, build } = await startBuilding(page, 'Order')
  const template = await orderTemplateSource()
  await build.setCode(shipSolution(template, { nearMiss: true }))
  const said = await check(page, 'Ship an order')
  await expect(said).toContainText('Not yet. Case "an unpaid order does not ship" failed: expected a refusal')

  await build.setCode(shipSolution(template))
  await expect(await check(page, 'Ship an order')).toHaveText('Passed. All 4 cases pass.')
  // And it plays: a paid order ships from the generated form, and the lifecycle moves on.
  await build.runAndWait('My order')
  await build.toPlayground()
  await playground.fill('Order ID', 'ship-1')
  await playground.press('Create order')
  await playground.press('Add item')
  await playground.press('Pay order')
  await playground.press('Ship order')
  await expect(playground.field('status')).toHaveText('shipped')
  await expect(playground.eventLog).toContainText('OrderShipped')
})

test('Build exercise 2 (Refund): refunds in parts, never more than was paid; near miss: forgetting earlier refunds', async ({
  page,
}) => {
  const { build } = await startBuilding(page, 'Order')
  const template = await orderTemplateSource()
  await build.setCode(refundSolution(template, { nearMiss: true }))
  await expect(await check(page, 'Refund')).toContainText(
    'Not yet. Case "refunds add up to at most what was paid" failed: expected a refusal, but decide returned OrderRefunded {"amountCents":400}.',
  )
  await build.setCode(refundSolution(template))
  await expect(await check(page, 'Refund')).toHaveText('Passed. All 5 cases pass.')
})

test('Build exercise 3 (Track inventory): stock never below zero; near miss: forgetting what is reserved', async ({
  page,
}) => {
  const { playground, build } = await startBuilding(page, 'Blank')
  // The blank template is no stock domain: the check says what is missing.
  await expect(build.editor).toContainText("category: 'Thing'")
  await expect(await check(page, 'Track inventory')).toHaveText(
    'Not yet. Your module has no command ReceiveStock: add it to commands, and decide it.',
  )
  await build.setCode(inventorySolution({ nearMiss: true }))
  await expect(await check(page, 'Track inventory')).toContainText(
    'Not yet. Case "stock never goes below zero" failed: expected a refusal',
  )
  await build.setCode(inventorySolution())
  await expect(await check(page, 'Track inventory')).toHaveText('Passed. All 5 cases pass.')
  await build.runAndWait('Stock')
  await build.toPlayground()
  await playground.fill('SKU', 'pear')
  await playground.fill('Quantity', '5')
  await playground.press('Receive stock')
  await playground.fill('Quantity', '7')
  await playground.press('Reserve stock')
  await expect(playground.commands.getByRole('alert')).toContainText('Only 5 on hand.')
  await expect(playground.eventRows).toHaveCount(1)
})

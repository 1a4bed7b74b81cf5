import type { Locator, Page } from '@playwright/test'
import { expect, test } from '../fixtures'
import { start } from './helpers'

async function conflictInTheLab(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Conflict lab' }).click()
  const tabA = page.getByRole('region', { name: 'Tab A' })
  const tabB = page.getByRole('region', { name: 'Tab B' })
  for (const pane of [tabA, tabB]) await pane.getByLabel('Order ID').fill('ex6-race')
  await tabA.getByRole('button', { name: 'Create order' }).click()
  await expect(tabA.getByRole('status')).toContainText('version 1')
  await tabB.getByRole('button', { name: 'Load order' }).click()
  await expect(tabB).toContainText('Loaded ex6-race at version 1.')
  await tabA.getByRole('button', { name: 'Add item' }).click()
  await expect(tabA.getByRole('status')).toContainText('version 2')
  await tabB.getByRole('button', { name: 'Add item' }).click()
  await expect(tabB.getByRole('alert')).toContainText('Conflict')
  return tabB
}

test('Exercise 6 passes after a real conflict resolved by Reload and retry', async ({ page }) => {
  const { exercises } = await start(page)
  const tabB = await conflictInTheLab(page)
  await exercises.open()
  await exercises.expectStatus(6, 'in progress')
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Conflict lab' }).click()
  await tabB.getByRole('button', { name: 'Reload and retry' }).click()
  await expect(tabB.getByRole('status')).toContainText('version 3')
  await exercises.open()
  await exercises.expectStatus(6, 'passed')
})

test('Exercise 6 near miss: a conflict that was discarded, not retried', async ({ page }) => {
  const { exercises } = await start(page)
  const tabB = await conflictInTheLab(page)
  await tabB.getByRole('button', { name: 'Discard' }).click()
  await tabB.getByRole('button', { name: 'Add item' }).click()
  await expect(tabB.getByRole('status')).toContainText('version 3')
  await exercises.open()
  await exercises.expectStatus(6, 'in progress')
})

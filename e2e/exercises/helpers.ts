import type { Page } from '@playwright/test'
import { expect } from '../fixtures'
import { ExercisesPage } from '../pages/ExercisesPage'
import { PlaygroundPage } from '../pages/PlaygroundPage'

/** Opens the playground and returns both views' page objects. */
export async function start(page: Page): Promise<{ playground: PlaygroundPage; exercises: ExercisesPage }> {
  const playground = new PlaygroundPage(page)
  await playground.open()
  return { playground, exercises: new ExercisesPage(page) }
}

/** Back to the playground from another view. */
export async function toPlayground(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Playground', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Commands' })).toBeVisible()
}

/** Waits until the log shows `count` events, so the next step sees them. */
export async function expectEvents(playground: PlaygroundPage, count: number): Promise<void> {
  await expect(playground.page.getByRole('region', { name: 'Store' })).toContainText(`${count} event`)
}

/** Opens the playground on another domain with its sample loaded. */
export async function startWithSample(
  page: Page,
  domain: 'Bank account' | 'Catalog item',
): Promise<{ playground: PlaygroundPage; exercises: ExercisesPage }> {
  const { playground, exercises } = await start(page)
  await playground.chooseDomain(domain)
  await playground.loadSampleOf(domain, domain === 'Bank account' ? 15 : 9)
  return { playground, exercises }
}

import { expect, type Locator, type Page } from '@playwright/test'

/** The Exercises view: one card (a region) per exercise. */
export class ExercisesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Exercises', exact: true })
      .click()
    await expect(this.page.getByRole('region', { name: 'Exercises' })).toBeVisible()
  }

  card(number: number): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^Exercise ${number}: `) })
  }

  async expectStatus(number: number, status: 'not started' | 'in progress' | 'passed'): Promise<void> {
    await expect(this.card(number).getByText(/^Status:/)).toHaveText(`Status: ${status}`)
  }

  async answer(number: number, label: string, value: string): Promise<void> {
    await this.card(number).getByLabel(label).fill(value)
  }
}

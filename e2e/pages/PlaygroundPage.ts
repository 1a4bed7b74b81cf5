import type { Locator, Page } from '@playwright/test'

/** The main screen, found by roles and accessible names: the product's test API. */
export class PlaygroundPage {
  readonly commands: Locator
  readonly eventLog: Locator
  readonly eventRows: Locator

  constructor(readonly page: Page) {
    this.commands = page.getByRole('region', { name: 'Commands' })
    this.eventLog = page.getByRole('region', { name: 'Event log' })
    this.eventRows = this.eventLog.getByRole('row').filter({ has: page.getByRole('gridcell') })
  }

  async open(): Promise<void> {
    await this.page.goto('./')
    await this.page.getByRole('heading', { name: 'Event Sourcing Playground' }).waitFor()
  }

  async createOrder(orderId: string, customerId: string): Promise<void> {
    await this.commands.getByLabel('Order ID').fill(orderId)
    await this.commands.getByLabel('Customer ID').fill(customerId)
    await this.commands.getByRole('button', { name: 'Create order' }).click()
  }
}

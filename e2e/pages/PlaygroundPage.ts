import { expect, type Locator, type Page } from '@playwright/test'

/** The main screen, found by roles and accessible names: the product's test API (see e2e/README.md). */
export class PlaygroundPage {
  readonly commands: Locator
  readonly eventLog: Locator
  readonly eventRows: Locator
  readonly replayedState: Locator
  readonly timeTravel: Locator
  readonly slider: Locator

  constructor(readonly page: Page) {
    this.commands = page.getByRole('region', { name: 'Commands' })
    this.eventLog = page.getByRole('region', { name: 'Event log' })
    this.eventRows = this.eventLog.getByRole('row').filter({ has: page.getByRole('gridcell') })
    this.replayedState = page.getByRole('region', { name: 'Replayed state' })
    this.timeTravel = page.getByRole('region', { name: 'Time travel' })
    this.slider = page.getByRole('slider', { name: 'Time travel' })
  }

  async open(): Promise<void> {
    await this.page.goto('./')
    await this.page.getByRole('heading', { name: 'Event Sourcing Playground' }).waitFor()
  }

  async fill(label: string, value: string): Promise<void> {
    await this.commands.getByLabel(label, { exact: true }).fill(value)
  }

  async createOrder(orderId: string, customerId: string): Promise<void> {
    await this.fill('Order ID', orderId)
    await this.fill('Customer ID', customerId)
    await this.press('Create order')
  }

  async addItem(itemId: string, quantity: string, unitPrice: string): Promise<void> {
    await this.fill('Item ID', itemId)
    await this.fill('Quantity', quantity)
    await this.fill('Unit price', unitPrice)
    await this.press('Add item')
  }

  async pay(paymentMethod: string): Promise<void> {
    await this.commands.getByLabel('Payment method').selectOption(paymentMethod)
    await this.press('Pay order')
  }

  /** The learning material's walkthrough: order-001 for customer-123, $4.50, then $6.00, paid at version 4. */
  async walkthrough(): Promise<void> {
    await this.createOrder('order-001', 'customer-123')
    await expect(this.field('Status')).toHaveText('created')
    await this.addItem('apple', '3', '1.50')
    await expect(this.field('Total')).toHaveText('$4.50')
    await this.addItem('banana', '2', '0.75')
    await expect(this.field('Total')).toHaveText('$6.00')
    await this.pay('credit_card')
    await expect(this.field('Status')).toHaveText('paid')
    await expect(this.field('Version')).toHaveText('4')
  }

  async press(buttonName: string): Promise<void> {
    await this.page.getByRole('button', { name: buttonName, exact: true }).click()
  }

  /**
   * Loads the 15-command sample and waits until the Store panel says so. Each command is its own
   * read and append transaction; on a loaded 2-core CI machine that has taken just over 5 s.
   */
  async loadSample(): Promise<void> {
    const store = this.page.getByRole('region', { name: 'Store' })
    await store.getByRole('button', { name: 'Load sample' }).click()
    await expect(store.getByRole('status')).toContainText('Loaded the Order sample: 15 commands', { timeout: 20_000 })
  }

  /** Fills the Store panel's shared-store form and connects; the page reloads onto the room. */
  async connectToSharedStore(url: string, room: string, token: string): Promise<void> {
    const form = this.page.getByRole('group', { name: 'Shared store' })
    await form.getByLabel('Server URL').fill(url)
    await form.getByLabel('Room').fill(room)
    await form.getByLabel('Token').fill(token)
    await form.getByRole('button', { name: 'Connect to a shared store' }).click()
  }

  /** Shows one order in Replayed state, by clicking it in the Orders list. */
  async selectOrder(orderId: string): Promise<void> {
    await this.replayedState.getByRole('list', { name: 'Orders' }).getByRole('button', { name: orderId }).click()
  }

  /** Chooses the domain every view works on, with the header's Domain select. */
  async chooseDomain(title: 'Order' | 'Bank account' | 'Catalog item'): Promise<void> {
    await this.page.getByRole('banner').getByLabel('Domain').selectOption({ label: title })
    await expect(this.page.getByRole('banner').getByLabel('Domain')).toHaveValue(
      { Order: 'Order', 'Bank account': 'Account', 'Catalog item': 'CatalogItem' }[title],
    )
  }

  /** Loads the chosen domain's sample from the Store panel and waits until it says so. */
  async loadSampleOf(title: 'Bank account' | 'Catalog item', commands: number): Promise<void> {
    const store = this.page.getByRole('region', { name: 'Store' })
    await store.getByRole('button', { name: 'Load sample' }).click()
    await expect(store.getByRole('status')).toContainText(`Loaded the ${title} sample: ${commands} commands`, {
      timeout: 20_000,
    })
  }

  /** Shows one stream in Replayed state, by clicking it in its list (Orders, Accounts, Items). */
  async selectIn(list: string, target: string): Promise<void> {
    await this.replayedState.getByRole('list', { name: list }).getByRole('button', { name: target }).click()
  }

  /** Sends a Transfer from the bank account named in Account ID (its From account) to another. */
  async transfer(from: string, to: string, amount: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Transfer form' })
    await this.fill('Account ID', from)
    await expect(form.getByLabel('From account')).toHaveValue(from)
    await form.getByLabel('To account').fill(to)
    await form.getByLabel('Amount').fill(amount)
    await form.getByRole('button', { name: 'Transfer' }).click()
  }

  /** A labelled value of the replayed stream: Status, Total, Balance, Version… */
  field(label: string): Locator {
    return this.replayedState.getByLabel(label, { exact: true })
  }

  async expectPosition(position: number): Promise<void> {
    await expect(this.slider).toHaveAttribute('aria-valuenow', String(position))
  }

  /** Home and End on the slider, the way a keyboard user travels: before the first event, then the last. */
  async travelToBothEnds(eventCount: number): Promise<void> {
    await this.slider.focus()
    await this.page.keyboard.press('Home')
    await this.expectPosition(0)
    await expect(this.replayedState.getByText('No orders at this position.')).toBeVisible()
    await this.page.keyboard.press('End')
    await this.expectPosition(eventCount)
  }
}

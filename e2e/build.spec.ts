import { expect, test } from './fixtures'
import { BuildPage, orderTemplateSource } from './pages/BuildPage'
import { PlaygroundPage } from './pages/PlaygroundPage'

test.describe('build your own domain', () => {
  test('a copy of the Order runs: every view works on it, an edited evolve re-folds the stored events, and it survives a reload', async ({
    page,
  }) => {
    const playground = new PlaygroundPage(page)
    await playground.open()
    const build = new BuildPage(page)
    await build.open()
    await build.startFrom('Order')
    await build.runAndWait('My order')

    await page.getByRole('link', { name: 'Playground', exact: true }).click()
    await expect(page.getByRole('banner').getByLabel('Domain')).toHaveValue('MyOrder')
    await playground.fill('Order ID', 'shop-1')
    await playground.fill('Customer ID', 'ada')
    await playground.press('Create order')
    await expect(playground.field('status')).toHaveText('created')
    await playground.fill('Item ID', 'pear')
    await playground.fill('Quantity', '2')
    await playground.fill('Unit price', '2.50')
    await playground.press('Add item')
    await expect(playground.field('totalCents')).toHaveText('$5.00')
    await expect(playground.eventRows).toHaveCount(2)
    await expect(playground.eventLog).toContainText('ItemAdded')

    // A rule of the learner's decide refuses, and nothing is appended.
    await playground.press('Create order')
    await expect(playground.commands.getByRole('alert')).toContainText('Order shop-1 already exists.')
    await expect(playground.eventRows).toHaveCount(2)

    // Time travel folds the learner's stream with the learner's code.
    await playground.slider.focus()
    await page.keyboard.press('ArrowLeft')
    await playground.expectPosition(1)
    await expect(playground.field('totalCents')).toHaveText('$0.00')
    await page.getByRole('button', { name: 'Live', exact: true }).click()

    // State is derived: a new evolve re-folds the events already stored.
    await build.open()
    const source = await orderTemplateSource()
    await build.setCode(
      source.replace("status: 'created', orderId: event.data.orderId", "status: 'open', orderId: event.data.orderId"),
    )
    await build.runAndWait('My order')
    await page.getByRole('link', { name: 'Playground', exact: true }).click()
    await expect(playground.field('status')).toHaveText('open')
    await expect(playground.field('totalCents')).toHaveText('$5.00')

    await page.reload()
    await expect(page.getByRole('banner').getByLabel('Domain')).toHaveValue('MyOrder')
    await expect(playground.field('status')).toHaveText('open')
  })
})

import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { BuildPage, openBuildView, orderTemplateSource } from './pages/BuildPage'
import { PlaygroundPage } from './pages/PlaygroundPage'

/** The Build view's copy of the Order, run, and the playground on it. */
async function runOrderCopy(page: Page) {
  const { playground, build } = await openBuildView(page)
  await build.startFrom('Order')
  await build.runAndWait('My order')
  await build.toPlayground()
  return { playground, build }
}

/** Runs edited code from the Build view, then sends Create order with these ids from the playground's form. */
async function runAndCreate(
  build: BuildPage,
  playground: PlaygroundPage,
  source: string,
  orderId: string,
  customerId: string,
) {
  await build.open()
  await build.setCode(source)
  await build.runAndWait('My order')
  await build.toPlayground()
  await playground.fill('Order ID', orderId)
  await playground.fill('Customer ID', customerId)
  await playground.press('Create order')
}

test.describe('build your own domain', () => {
  test('a copy of the Order runs: every view works on it, an edited evolve re-folds the stored events, and it survives a reload', async ({
    page,
  }) => {
    const { playground, build } = await runOrderCopy(page)
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
    await build.toPlayground()
    await expect(playground.field('status')).toHaveText('open')
    await expect(playground.field('totalCents')).toHaveText('$5.00')

    await page.reload()
    await expect(page.getByRole('banner').getByLabel('Domain')).toHaveValue('MyOrder')
    await expect(playground.field('status')).toHaveText('open')
  })
})

test.describe('learner code that goes wrong', () => {
  test('a compile error names its line in the editor and the previous version keeps running; a throwing decide, or one deciding data that is not JSON, appends nothing', async ({
    page,
  }) => {
    const { playground, build } = await openBuildView(page)
    await build.startFrom('Order')
    await build.runAndWait('My order')
    const source = await orderTemplateSource()

    await build.setCode(source.replace("  title: 'My order',", "  title: = 'My order',"))
    await build.run()
    const line = source.split('\n').findIndex((text) => text.includes("title: 'My order',")) + 1
    await expect(build.problem).toContainText(`Not run: Line ${line}, column`)
    await expect(build.problem).toContainText('The previous version keeps running.')
    await expect(build.view.locator('.cm-lintRange-error')).toHaveCount(1)
    await expect(build.status).toContainText('edited since')

    // A decide that throws: the command is refused with the line, and nothing is appended.
    const throwing = source.replace(
      "if (command.type === 'CreateOrder') {",
      "if (command.type === 'CreateOrder') {\n    if (command.customerId === 'crash') throw new Error('no such customer')",
    )
    await runAndCreate(build, playground, throwing, 'boom-1', 'crash')
    const throwLine = throwing.split('\n').findIndex((text) => text.includes("throw new Error('no such customer')")) + 1
    await expect(playground.commands.getByRole('alert')).toContainText(
      `Your module failed, so nothing was appended. Line ${throwLine}, column`,
    )
    await expect(playground.commands.getByRole('alert')).toContainText('no such customer')
    await expect(page.getByRole('region', { name: 'Store' })).toContainText('0 events')

    // An event whose data is not JSON is refused, naming the event and the field.
    const notJson = source.replace(
      'data: { orderId: command.orderId, customerId: command.customerId }',
      'data: { orderId: command.orderId, customerId: command.customerId === "none" ? undefined : command.customerId }',
    )
    await runAndCreate(build, playground, notJson, 'json-1', 'none')
    await expect(playground.commands.getByRole('alert')).toContainText(
      'event 1 (OrderCreated): data.customerId: undefined is not JSON',
    )
    await expect(page.getByRole('region', { name: 'Store' })).toContainText('0 events')
  })

  test('an endless loop in decide is stopped within a second, and the slider still moves', async ({ page }) => {
    const playground = new PlaygroundPage(page)
    await playground.open()
    await playground.walkthrough()
    const build = new BuildPage(page)
    await build.open()
    await build.startFrom('Order')
    const source = await orderTemplateSource()
    await build.setCode(
      source.replace(
        "if (command.type === 'CreateOrder') {",
        "if (command.type === 'CreateOrder') {\n    while (command.customerId === 'loop') {}",
      ),
    )
    await build.runAndWait('My order')
    await build.toPlayground()
    await playground.fill('Order ID', 'spin-1')
    await playground.fill('Customer ID', 'loop')
    const started = Date.now()
    await playground.press('Create order')
    await expect(playground.commands.getByRole('alert')).toContainText('Stopped after 0.5 s')
    expect(Date.now() - started).toBeLessThan(10_000)
    await expect(page.getByRole('alert').filter({ hasText: 'Your module My order failed' })).toContainText(
      'The module stays stopped until you run it again.',
    )
    // The module is stopped, not the page: time travel still works.
    await playground.slider.focus()
    await page.keyboard.press('Home')
    await playground.expectPosition(0)
    await page.keyboard.press('End')
    await expect(page.getByRole('button', { name: 'Live', exact: true })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Store' })).toContainText('4 events')
  })
})

test.describe('schema evolution in the learner’s own code', () => {
  test('renaming an event’s field makes the stored events unreadable until an upcaster reads them', async ({
    page,
  }) => {
    const { playground, build } = await runOrderCopy(page)
    await playground.fill('Order ID', 'v1-order')
    await playground.fill('Customer ID', 'ada')
    await playground.press('Create order')
    await expect(playground.eventRows).toHaveCount(1)

    const source = await orderTemplateSource()
    const renamed = source
      .replace(
        "OrderCreated: { orderId: 'text', customerId: 'text' }",
        "OrderCreated: { orderId: 'text', customer: 'text' }",
      )
      .replace(
        'data: { orderId: command.orderId, customerId: command.customerId }',
        'data: { orderId: command.orderId, customer: command.customerId }',
      )
      .replace('customerId: event.data.customerId', 'customerId: event.data.customer')
      .replaceAll('data: { orderId: string; customerId: string } }', 'data: { orderId: string; customer: string } }')
    await build.open()
    await build.setCode(renamed)
    await build.runAndWait('My order')
    await build.toPlayground()
    await expect(playground.eventLog).toContainText('not readable')
    await expect(playground.field('status')).toHaveText('none')

    const upcast = renamed.replace(
      "  category: 'MyOrder',",
      "  category: 'MyOrder',\n  schemaVersion: 2,\n  upcasters: { OrderCreated: { 1: (data: { orderId: string; customerId: string }) => ({ orderId: data.orderId, customer: data.customerId }) } },",
    )
    await build.open()
    await build.setCode(upcast)
    await build.runAndWait('My order')
    await build.toPlayground()
    await expect(playground.eventLog).not.toContainText('not readable')
    await expect(playground.field('status')).toHaveText('created')
    await expect(playground.field('customerId')).toHaveText('ada')
  })
})

test.describe('learner modules side by side', () => {
  test('two modules run at once, race in the conflict lab, answer the console API, and travel as .ts files', async ({
    page,
  }) => {
    const { build } = await openBuildView(page)
    await build.startFrom('Blank')
    await build.runAndWait('Thing')
    await build.startFrom('Order')
    await build.runAndWait('My order')
    const domains = page.getByRole('banner').getByLabel('Domain').getByRole('option')
    await expect(domains).toHaveText(['Order', 'Bank account', 'Catalog item', 'Thing', 'My order'])
    await expect(build.view.getByLabel('Module').getByRole('option')).toHaveText([
      'My order (running)',
      'Thing (running)',
    ])

    // The console API reaches a learner's module; a type two domains share goes where it is named.
    const said = await page.evaluate(() =>
      window.playground.send({ type: 'CreateOrder', orderId: 'race-1', customerId: 'c' }, { domain: 'MyOrder' }),
    )
    expect(said).toMatchObject({ tone: 'success' })
    expect(
      await page.evaluate(() => window.playground.send({ type: 'CreateThing', thingId: 't-1', name: 'a' })),
    ).toMatchObject({
      tone: 'success',
    })

    // The conflict lab races two tabs on the learner's stream.
    await page.getByRole('link', { name: 'Conflict lab' }).click()
    const tabA = page.getByRole('region', { name: 'Tab A' })
    const tabB = page.getByRole('region', { name: 'Tab B' })
    for (const tab of [tabA, tabB]) {
      await tab.getByLabel('Order ID').fill('race-1')
      await tab.getByRole('button', { name: 'Load order' }).click()
      await expect(tab).toContainText('Loaded race-1 at version 1.')
    }
    await tabA.getByRole('button', { name: 'Add item' }).click()
    await expect(tabA.getByRole('status')).toContainText('race-1 is now at version 2')
    await tabB.getByRole('button', { name: 'Add item' }).click()
    await expect(tabB.getByRole('alert')).toContainText('you expected version 1, it is now at version 2')

    // Download the module as a .ts file, and load it back as a third module.
    await build.open()
    const downloading = page.waitForEvent('download')
    await build.view.getByRole('button', { name: 'Download .ts' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('MyOrder.ts')
    const text = await readFile((await download.path()) ?? '', 'utf8')
    expect(text).toBe(await orderTemplateSource())
    await build.view.getByLabel('Load .ts').setInputFiles({
      name: 'Copy.ts',
      mimeType: 'text/plain',
      buffer: Buffer.from(text.replace("title: 'My order'", "title: 'Copy'")),
    })
    await expect(build.view.getByRole('status').filter({ hasText: 'Loaded Copy.ts' })).toBeVisible()
    await build.run()
    await expect(build.problem).toContainText('The category MyOrder is taken by My order: choose another.')
  })
})

import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { expectWithinWidth } from './pages/layout'
import { storedEvents } from './pages/storeInPage'

async function openLab(page: Page) {
  await page.goto('./')
  await page.getByRole('link', { name: 'Conflict lab' }).click()
  await expect(page.getByRole('region', { name: 'Conflict lab' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Conflict lab' })).toHaveAttribute('aria-current', 'page')
  return {
    tabA: page.getByRole('region', { name: 'Tab A' }),
    tabB: page.getByRole('region', { name: 'Tab B' }),
    diagram: page.getByRole('table', { name: 'Race diagram' }),
  }
}

async function loadOrder(pane: Locator, orderId: string) {
  await pane.getByLabel('Order ID').fill(orderId)
  await pane.getByRole('button', { name: 'Load order' }).click()
}

async function addItem(pane: Locator, itemId: string) {
  await pane.getByLabel('Item ID').fill(itemId)
  await pane.getByRole('button', { name: 'Add item' }).click()
}

/** A creates the order; both panes load it at version 1; A adds an item, so B is now stale. */
async function staleTabB(tabA: Locator, tabB: Locator, orderId: string) {
  await loadOrder(tabA, orderId)
  await tabA.getByRole('button', { name: 'Create order' }).click()
  await expect(tabA.getByRole('status')).toContainText(`${orderId} is now at version 1`)
  await loadOrder(tabB, orderId)
  await expect(tabB).toContainText(`Loaded ${orderId} at version 1.`)
  await addItem(tabA, 'apple')
  await expect(tabA.getByRole('status')).toContainText('version 2')
}

test.describe('the conflict lab', () => {
  test('a stale pane conflicts, names the event that got in first, and Reload and retry succeeds', async ({ page }) => {
    const { tabA, tabB, diagram } = await openLab(page)
    await staleTabB(tabA, tabB, 'lab-1')
    await addItem(tabB, 'pear')
    const alert = tabB.getByRole('alert')
    await expect(alert).toContainText('Conflict')
    await expect(alert).toContainText('you expected version 1, it is now at version 2')
    await expect(alert).toContainText(/v2 ItemAdded by tab-[0-9a-f]{8}\/A: 3 × apple at \$1\.50/)
    await expect(diagram.getByRole('row').filter({ hasText: 'conflict: expected 1, store at v2' })).toHaveCount(1)

    await alert.getByRole('button', { name: 'Reload and retry' }).click()
    await expect(tabB.getByRole('status')).toContainText('AddItem appended: lab-1 is now at version 3.')
    const stored = await storedEvents(page)
    expect(stored.map((e) => [e.version, e.sessionId.slice(-2)])).toEqual([
      [1, '/A'],
      [2, '/A'],
      [3, '/B'],
    ])
    const log = page.getByRole('grid', { name: 'Events' })
    const rowByB = log.getByRole('row', { name: /\/B/ })
    await expect(rowByB).toHaveCount(1)
    // Beside the panes the log is narrow: who appended and what it says are on screen, not scrolled off.
    for (const text of ['/B', 'pear'])
      await expectWithinWidth(rowByB.getByRole('gridcell').filter({ hasText: text }), log, `the cell with ${text}`)
  })

  test('Discard drops the stale command and loads the latest version', async ({ page }) => {
    const { tabA, tabB } = await openLab(page)
    await staleTabB(tabA, tabB, 'lab-2')
    await addItem(tabB, 'pear')
    await tabB.getByRole('alert').getByRole('button', { name: 'Discard' }).click()
    await expect(tabB.getByRole('alert')).toHaveCount(0)
    await expect(tabB).toContainText('Loaded lab-2 at version 2.')
    expect(await storedEvents(page)).toHaveLength(2)
  })

  test('with automatic retry on, the stale pane reloads and appends by itself', async ({ page }) => {
    const { tabA, tabB } = await openLab(page)
    await page.getByRole('switch', { name: /Automatic retry/ }).check()
    await staleTabB(tabA, tabB, 'lab-3')
    await addItem(tabB, 'pear')
    await expect(tabB.getByRole('status')).toContainText(
      'AddItem appended after 2 attempts: lab-3 is now at version 3.',
    )
  })

  for (const [race, ending] of [
    ['Lost update prevented', /AddItem appended: lost-update-\S+ is now at version 3\./],
    ['Pay versus cancel', /Retried against version 3, and the business rules now refuse it: This order is cancelled/],
    [
      'Create twice',
      /Retried against version 1, and the business rules now refuse it: Order create-twice-\S+ already exists/,
    ],
  ] as const) {
    test(`the scripted race "${race}" ends as described`, async ({ page }) => {
      const { tabB, diagram } = await openLab(page)
      await page.getByRole('button', { name: `Replay: ${race}` }).click()
      await expect(page.getByRole('status').filter({ hasText: `Replayed “${race}”` })).toBeVisible()
      await expect(tabB.getByText(ending)).toBeVisible()
      const conflictRows = diagram.getByRole('row').filter({ hasText: /conflict: expected/ })
      await expect(conflictRows).toHaveCount(1)
      if (race === 'Create twice') await expect(conflictRows).toContainText('expected no_stream')
    })
  }

  test('a scripted race can be stepped by hand, and the diagram names each row’s stream', async ({ page }) => {
    const { tabB, diagram } = await openLab(page)
    await page.getByLabel('Race speed').selectOption('step by step')
    await page.getByRole('button', { name: 'Replay: Lost update prevented' }).click()
    const lab = page.getByRole('region', { name: 'Conflict lab' })
    const next = lab.getByRole('status').filter({ hasText: /^Next:/ })
    await expect(next).toHaveText('Next: Tab A sends CreateOrder.')
    // Nothing happens until the learner asks for it.
    await expect(page.getByText('Act in the panes, or replay a race')).toBeVisible()
    await lab.getByRole('button', { name: 'Next step' }).click()
    await expect(next).toContainText('Tab A loads lost-update-')
    await expect(diagram.getByRole('row')).toHaveCount(1 + 3)
    await expect(diagram.getByRole('columnheader', { name: 'Stream' })).toBeVisible()
    await expect(diagram.getByRole('row').nth(1).getByRole('cell').first()).toHaveText(/^lost-update-\S+$/)
    for (let step = 0; step < 5; step += 1) await lab.getByRole('button', { name: 'Next step' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Replayed “Lost update prevented”' })).toBeVisible()
    await expect(tabB.getByText(/AddItem appended: lost-update-\S+ is now at version 3\./)).toBeVisible()
    await expect(lab.getByRole('button', { name: 'Next step' })).toHaveCount(0)
  })
})

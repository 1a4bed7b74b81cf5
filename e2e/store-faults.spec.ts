import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'
import { readInPage } from './pages/readInPage'

const DATABASE = 'event-sourcing-playground'

/** Sends `count` AddItem commands to one order through window.playground.send, one after another. */
function sendItems(page: Page, orderId: string, count: number, label: string) {
  return page.evaluate(
    async ({ orderId, count, label }) => {
      const said: { tone: string; text: string }[] = []
      for (let n = 0; n < count; n += 1) {
        const feedback = await window.playground.send({
          type: 'AddItem',
          orderId,
          itemId: `${label}-${n}`,
          quantity: 1,
          unitPriceCents: 100,
        })
        said.push({ tone: feedback?.tone ?? 'none', text: feedback?.text ?? '' })
        ;(window as unknown as { sent: number }).sent = said.length
        if (feedback?.tone === 'error') break
      }
      return said
    },
    { orderId, count, label },
  )
}

async function storedItemIds(page: Page): Promise<string[]> {
  const records = await readInPage<{ type: string; data: { itemId?: string } }[]>(page, DATABASE, 'events', 'getAll')
  return records.filter((record) => record.type === 'ItemAdded').map((record) => record.data.itemId ?? '')
}

test('fault 13: a command in flight when another tab upgrades the database says saved exactly when it was', async ({
  context,
}) => {
  const tab = await context.newPage()
  const newerTab = await context.newPage()
  await new PlaygroundPage(tab).open()
  await tab.evaluate(() => window.playground.send({ type: 'CreateOrder', orderId: 'race', customerId: 'c' }))
  const sending = sendItems(tab, 'race', 300, 'item')
  await tab.waitForFunction(() => ((window as unknown as { sent?: number }).sent ?? 0) >= 5)
  // From another tab's console, the database is opened at a higher version while commands keep coming.
  await new PlaygroundPage(newerTab).open()
  await newerTab.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name, 1000)
        request.onsuccess = () => resolve()
        request.onerror = () => reject(request.error ?? new Error('open failed'))
      }),
    DATABASE,
  )
  const said = await sending
  const saved = said.filter((feedback) => feedback.tone === 'success')
  const refused = said.filter((feedback) => feedback.tone !== 'success')
  // The tab stopped at its first refusal, and that refusal says why: it must reload.
  expect(refused).toHaveLength(1)
  expect(refused[0]?.text).toContain('reload this tab')
  expect(await storedItemIds(newerTab)).toEqual(saved.map((_, n) => `item-${n}`))
  await expect(tab.getByRole('alert').filter({ hasText: 'Reload needed' })).toBeVisible()
})

test('fault 21: two tabs sending to one order from the console both keep landing commands: send reloads and retries', async ({
  context,
}) => {
  const tabs = [await context.newPage(), await context.newPage()]
  for (const tab of tabs) await new PlaygroundPage(tab).open()
  await tabs[0]!.evaluate(() => window.playground.send({ type: 'CreateOrder', orderId: 'shared', customerId: 'c' }))
  const [saidA, saidB] = await Promise.all([
    sendItems(tabs[0]!, 'shared', 12, 'a'),
    sendItems(tabs[1]!, 'shared', 12, 'b'),
  ])
  for (const said of [saidA!, saidB!]) {
    expect(said.every((feedback) => feedback.tone === 'success' || feedback.tone === 'conflict')).toBe(true)
    // Without the reload, a tab that lost once decided against its stale order forever after.
    expect(said.filter((feedback) => feedback.tone === 'success').length).toBeGreaterThanOrEqual(6)
  }
  const savedIds = [saidA!, saidB!].flatMap((said, tab) =>
    said.flatMap((feedback, n) => (feedback.tone === 'success' ? [`${tab === 0 ? 'a' : 'b'}-${n}`] : [])),
  )
  expect((await storedItemIds(tabs[0]!)).sort()).toEqual(savedIds.sort())
})

test('fault 14: a busy tab that appends right after another tab’s reset shows its event, not an empty log', async ({
  context,
}) => {
  const busyTab = await context.newPage()
  // This tab hears other tabs late, as a busy tab does: every cross-tab message arrives 1.5 s after it was sent.
  await busyTab.addInitScript(() => {
    const late = { received: 0, pending: 0 }
    Object.assign(window, { late })
    const Native = BroadcastChannel
    window.BroadcastChannel = class LateChannel extends Native {
      override set onmessage(handler: ((message: MessageEvent) => void) | null) {
        super.onmessage =
          handler &&
          ((message: MessageEvent) => {
            late.received += 1
            late.pending += 1
            setTimeout(() => {
              late.pending -= 1
              handler.call(this, message)
            }, 1500)
          })
      }
    }
  })
  const resettingTab = await context.newPage()
  const busy = new PlaygroundPage(busyTab)
  const resetting = new PlaygroundPage(resettingTab)
  await busy.open()
  await resetting.open()
  await busy.createOrder('before', 'customer-1')
  await busy.addItem('apple', '1', '1.00')
  await expect(resetting.eventRows).toHaveCount(2)

  await resetting.press('Reset store')
  await resetting.press('Delete all events')
  await expect(resetting.eventLog.getByText('No events yet')).toBeVisible()
  // Before the busy tab hears of the reset, it creates an order: the store's position 1.
  const created = await busyTab.evaluate(() =>
    window.playground.send({ type: 'CreateOrder', orderId: 'after', customerId: 'customer-2' }),
  )
  expect(created?.tone).toBe('success')
  await expect(resetting.eventRows).toHaveCount(1)
  // Once the late "cleared" message has been handled too, the busy tab shows the one event the store holds.
  await busyTab.waitForFunction(() => {
    const { late } = window as unknown as { late: { received: number; pending: number } }
    return late.received > 0 && late.pending === 0
  })
  await expect(busy.eventRows).toHaveCount(1)
  await expect(busy.eventRows.first()).toContainText('OrderCreated')
  await expect(busy.slider).toHaveAttribute('aria-valuemax', '1')
})

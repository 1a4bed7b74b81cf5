import type { Browser } from '@playwright/test'
import { startThrowawayPostgres } from '../postgres/throwaway'
import { startLocalServer } from './localServer'

/**
 * docs/screenshot-shared-store.png: the Store panel of a tab connected to a room, with two orders
 * in it. Starts a throwaway PostgreSQL and the server for the shot, and stops them after.
 */
export async function sharedStoreScreenshot(browser: Browser, siteUrl: string): Promise<void> {
  const postgres = await startThrowawayPostgres()
  const server = await startLocalServer(postgres.url, { allowedOrigins: [new URL(siteUrl).origin] })
  try {
    const room = await server.newRoom('class-1')
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(siteUrl)
    const shared = page.getByRole('group', { name: 'Shared store' })
    await shared.getByLabel('Server URL').fill(server.url)
    await shared.getByLabel('Room').fill(room.room)
    await shared.getByLabel('Token').fill(room.writeToken)
    await shared.getByRole('button', { name: 'Connect to a shared store' }).click()
    await page
      .getByRole('banner')
      .getByText(/connected/)
      .waitFor()
    const commands = page.getByRole('region', { name: 'Commands' })
    for (const [orderId, customerId] of [
      ['order-ana', 'customer-ana'],
      ['order-ben', 'customer-ben'],
    ] as const) {
      await commands.getByLabel('Order ID', { exact: true }).fill(orderId)
      await commands.getByLabel('Customer ID', { exact: true }).fill(customerId)
      await commands.getByRole('button', { name: 'Create order', exact: true }).click()
      await commands.getByText(`${orderId} is now at version 1`).waitFor()
    }
    const store = page.getByRole('region', { name: 'Store', exact: true })
    await store.getByRole('group', { name: 'Shared store' }).scrollIntoViewIfNeeded()
    await store.getByText('2 events in 2 streams').waitFor()
    await store.screenshot({ path: 'docs/screenshot-shared-store.png' })
    await page.close()
    console.log('wrote docs/screenshot-shared-store.png')
  } finally {
    await server.close()
    await postgres.stop()
  }
}

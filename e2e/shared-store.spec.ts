import type { Browser, Page } from '@playwright/test'
import { startThrowawayPostgres, type ThrowawayPostgres } from '../scripts/postgres/throwaway'
import { startLocalServer, type LocalServer } from '../scripts/shared-store/localServer'
import { createRemoteEventStore } from '../src/kernel/eventstore'
import { expect, failingOnConsoleProblems } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'

let postgres: ThrowawayPostgres
let server: LocalServer

// A lost connection and a refused token show in the console as failed requests to the server, on
// purpose; every other console error still fails the test.
const test = failingOnConsoleProblems(
  (message) => message.location().url.startsWith(server.url) && /Failed to load resource/.test(message.text()),
)

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  postgres = await startThrowawayPostgres()
  server = await startLocalServer(postgres.url, { allowedOrigins: ['http://127.0.0.1:4173'] })
})
test.afterAll(async () => {
  await server.close()
  await postgres.stop()
})

/** A room's events, counted in PostgreSQL itself. */
async function eventsInRoom(room: string): Promise<number> {
  const { rows } = await server.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM room_${room.replaceAll('-', '_')}.events`,
  )
  return rows[0]?.n ?? -1
}

/** The header's line about the shared room this tab is on. */
const badge = (page: Page) => page.getByRole('banner').getByText(/^Shared room/)

/** Two people, each in a browser of their own, connected to one room. */
async function twoPeopleIn(browser: Browser, room: { room: string; writeToken: string }) {
  const contexts = await Promise.all([browser.newContext(), browser.newContext()])
  const people = (await Promise.all(contexts.map(async (context) => new PlaygroundPage(await context.newPage())))) as [
    PlaygroundPage,
    PlaygroundPage,
  ]
  for (const person of people) {
    await person.open()
    await person.connectToSharedStore(server.url, room.room, room.writeToken)
    await expect(badge(person.page)).toHaveText(new RegExp(`Shared room ${room.room} · connected`))
  }
  return { people, leave: () => Promise.all(contexts.map((context) => context.close())) }
}

test('two people on one room: each one’s command shows in the other’s log, live, and the store is PostgreSQL', async ({
  browser,
}) => {
  const { people, leave } = await twoPeopleIn(browser, await server.newRoom('class-live'))
  const [ana, ben] = people
  const store = ana.page.getByRole('region', { name: 'Store' })
  await expect(store).toContainText("kept in the shared store's room class-live.")
  await expect(store.getByRole('group', { name: 'Shared store' })).toContainText('read and write')
  await ana.createOrder('order-ana', 'customer-ana')
  await expect(ana.field('Status')).toHaveText('created')
  // Ben did nothing: Ana's event reaches his log over the live connection.
  await expect(ben.eventRows).toHaveCount(1)
  await expect(ben.eventRows.first()).toContainText('OrderCreated')
  await ben.createOrder('order-ben', 'customer-ben')
  await expect(ana.eventRows).toHaveCount(2)
  expect(await eventsInRoom('class-live')).toBe(2)
  await leave()
})

test('two people on one order: the second one’s stale command is a real conflict, shown with who got in first', async ({
  browser,
}) => {
  const { people, leave } = await twoPeopleIn(browser, await server.newRoom('class-race'))
  const [ana, ben] = people
  await ana.createOrder('order-race', 'customer-1')
  await expect(ben.eventRows).toHaveCount(1)
  // Ben loads the order at version 1; then Ana adds an item, and Ben adds one from what he loaded.
  await ben.fill('Order ID', 'order-race')
  await ben.press('Load order')
  await expect(ben.commands.getByText('Loaded order-race at version 1.')).toBeVisible()
  await ana.addItem('apple', '1', '1.00')
  await expect(ana.field('Version')).toHaveText('2')
  await ben.addItem('pear', '2', '0.50')
  const conflict = ben.commands.getByRole('alert')
  await expect(conflict).toContainText('Conflict: someone else changed Order-order-race first')
  await expect(conflict).toContainText(/v2 ItemAdded by tab-/)
  await conflict.getByRole('button', { name: 'Reload and retry' }).click()
  await expect(ben.commands.getByRole('status')).toContainText('order-race is now at version 3')
  expect(await eventsInRoom('class-race')).toBe(3)
  await leave()
})

test('a wrong token is refused in the form and the tab stays on its own store', async ({ page }) => {
  const room = await server.newRoom('class-locked')
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.connectToSharedStore(server.url, room.room, 'not-the-token')
  const form = page.getByRole('group', { name: 'Shared store' })
  await expect(form.getByRole('alert')).toHaveText(/That token does not open room "class-locked"/)
  await playground.connectToSharedStore(server.url, 'no-such-room', room.writeToken)
  await expect(form.getByRole('alert')).toHaveText(/There is no room named "no-such-room"/)
  await expect(page.getByRole('region', { name: 'Store' })).toContainText('kept in this browser (IndexedDB).')
  await expect(badge(page)).toHaveCount(0)
  expect(await eventsInRoom('class-locked')).toBe(0)
})

test('a read token shows the room read-only, and a command is refused with nothing appended', async ({ page }) => {
  const room = await server.newRoom('class-projector')
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.connectToSharedStore(server.url, room.room, room.readToken)
  await expect(badge(page)).toHaveText(/class-projector · connected · read only/)
  await expect(page.getByRole('group', { name: 'Shared store' })).toContainText('read only: this token may not append.')
  await playground.createOrder('order-x', 'customer-x')
  await expect(playground.commands.getByRole('alert')).toContainText('may only read room "class-projector"')
  expect(await eventsInRoom('class-projector')).toBe(0)
})

test('a lost connection is shown, a command then says so and appends nothing, and the tab reconnects', async ({
  page,
}) => {
  const room = await server.newRoom('class-flaky')
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.connectToSharedStore(server.url, room.room, room.writeToken)
  await expect(badge(page)).toHaveText(/connected/)
  await server.stop()
  await expect(badge(page)).toHaveText(/class-flaky · reconnecting/)
  await playground.createOrder('order-lost', 'customer-lost')
  await expect(playground.commands.getByRole('alert')).toContainText(
    'The connection to the shared store is lost: nothing was appended.',
  )
  await server.start()
  await expect(badge(page)).toHaveText(/class-flaky · connected/, { timeout: 15_000 })
  expect(await eventsInRoom('class-flaky')).toBe(0)
  await playground.createOrder('order-back', 'customer-back')
  // The refusal above scrolled the page: the log renders once it is near the viewport again.
  await playground.eventLog.scrollIntoViewIfNeeded()
  await expect(playground.eventRows).toHaveCount(1)
  expect(await eventsInRoom('class-flaky')).toBe(1)
})

test('a log that cannot be read says so, changes nothing, and is read once the connection is back', async ({
  page,
}) => {
  const room = await server.newRoom('class-unread')
  const teacher = createRemoteEventStore({ url: server.url, room: room.room, token: room.writeToken })
  await teacher.append('Order-order-t', [{ type: 'OrderCreated', data: { orderId: 'order-t', customerId: 'c-t' } }])
  await teacher.close()
  const playground = new PlaygroundPage(page)
  await playground.open()
  // The room answers, but every read of its log fails, as when the server goes away under the read.
  await page.route('**/api/rooms/*/events*', (route) => route.abort())
  await playground.connectToSharedStore(server.url, room.room, room.writeToken)
  const store = page.getByRole('region', { name: 'Store' })
  // Reads are tried again for 10 s before the page says so.
  await expect(store.getByRole('alert')).toContainText(
    'The event log could not be read: the shared store cannot be reached. Nothing was changed',
    { timeout: 20_000 },
  )
  await expect(playground.eventRows).toHaveCount(0)
  await page.unroute('**/api/rooms/*/events*')
  await server.stop()
  await expect(badge(page)).toHaveText(/class-unread · reconnecting/)
  await server.start()
  await expect(badge(page)).toHaveText(/class-unread · connected/, { timeout: 15_000 })
  await expect(playground.eventRows).toHaveCount(1)
  await expect(playground.eventRows.first()).toContainText('order-t')
  await expect(store.getByRole('alert')).toHaveCount(0)
  expect(await eventsInRoom('class-unread')).toBe(1)
})

test('Use this browser’s store goes back to the browser’s own events', async ({ page }) => {
  const room = await server.newRoom('class-return')
  const playground = new PlaygroundPage(page)
  await playground.open()
  await playground.createOrder('order-mine', 'customer-me')
  await expect(playground.eventRows).toHaveCount(1)
  await playground.connectToSharedStore(server.url, room.room, room.writeToken)
  await expect(badge(page)).toHaveText(/connected/)
  await expect(playground.eventRows).toHaveCount(0)
  await page.getByRole('button', { name: 'Use this browser’s store' }).click()
  await expect(page.getByRole('region', { name: 'Store' })).toContainText('kept in this browser (IndexedDB).')
  await expect(playground.eventRows).toHaveCount(1)
  await expect(playground.eventRows.first()).toContainText('order-mine')
})

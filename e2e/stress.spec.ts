import { expect, test } from './fixtures'
import { PlaygroundPage } from './pages/PlaygroundPage'
import { storedEvents } from './pages/storeInPage'

const PAGES = 4
const APPENDS_PER_PAGE = 50

test('4 tabs firing 50 appends each at one stream: every append wins or conflicts, and the stream stays 1..n', async ({
  context,
}) => {
  // Four pages re-render on every one of the 200 appends: 36 s in an idle two-worker run, 49 s in a loaded one.
  test.setTimeout(120_000)
  const pages = await Promise.all(Array.from({ length: PAGES }, () => context.newPage()))
  for (const page of pages) await new PlaygroundPage(page).open()
  await pages[0]!.evaluate(() =>
    window.playground.store.append('Order-stress', [
      { type: 'OrderCreated', data: { orderId: 'stress', customerId: 'c' } },
    ]),
  )
  // Each tab appends as fast as it can, each time expecting the version it last saw.
  const outcomes = await Promise.all(
    pages.map((page) =>
      page.evaluate(async (count) => {
        const { store } = window.playground
        let lastSeen = await store.streamVersion('Order-stress')
        let successes = 0
        let conflicts = 0
        for (let n = 0; n < count; n += 1) {
          try {
            const result = await store.append(
              'Order-stress',
              [{ type: 'ItemAdded', data: { itemId: `item-${n}`, quantity: 1, unitPriceCents: 100 } }],
              { expectedVersion: lastSeen },
            )
            lastSeen = result.nextExpectedVersion
            successes += 1
          } catch (error) {
            if ((error as Error).name !== 'ConcurrencyError') throw error
            lastSeen = (error as { actualVersion: number }).actualVersion
            conflicts += 1
          }
        }
        return { successes, conflicts }
      }, APPENDS_PER_PAGE),
    ),
  )
  const successes = outcomes.reduce((sum, o) => sum + o.successes, 0)
  const conflicts = outcomes.reduce((sum, o) => sum + o.conflicts, 0)
  console.log(`stress: ${successes} appended, ${conflicts} conflicts (${JSON.stringify(outcomes)})`)
  expect(successes + conflicts).toBe(PAGES * APPENDS_PER_PAGE)
  expect(conflicts).toBeGreaterThan(0)

  const stored = await storedEvents(pages[0]!)
  const stream = stored.filter((e) => e.streamId === 'Order-stress')
  expect(stream.map((e) => e.version)).toEqual(Array.from({ length: successes + 1 }, (_, i) => i + 1))
  expect(stored.map((e) => e.position)).toEqual(Array.from({ length: stored.length }, (_, i) => i + 1))
  // Every tab's log caught up with all of it, through cross-tab messages alone.
  for (const page of pages) await expect(new PlaygroundPage(page).eventRows.last()).toBeAttached()
  for (const page of pages) await expect(page.getByText(`${successes + 1} events in 1 stream`)).toBeVisible()
})

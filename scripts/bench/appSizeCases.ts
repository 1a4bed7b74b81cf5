/**
 * The cases run in the built app at one size of the log, in a browser context of their own (an
 * empty store): cold start, read models, memory, drag, scroll and commands.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { seedLargeLog } from '../../e2e/pages/seedLargeLog'
import { savepointSaved } from '../../e2e/pages/savepointSaved'
import { LOG_PAGE_SIZE } from '../../src/kernel/eventstore/logPages'
import { groupThousands } from '../../src/kernel/money'
import {
  coldStart,
  commandsAgainstBaseline,
  DERIVED_DATABASE,
  dragSlider,
  heapAfterGc,
  logPagesWritten,
  rawGetAll,
  readModelsCaughtUp,
  scrollLog,
  startWhatIf,
} from './appCases'
import type { BenchResults } from './results'
import { DEFAULT_SAVEPOINT_POLICY } from '../../src/playground/savepointKeeper'
import { frameCase, median, quantile, round } from './stats'

const log = (text: string) => console.log(`  ${text}`)

/** A context of the bench's shape: 1280 × 800, long tasks recorded from each page's start. */
export async function benchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  // tsx keeps function names with a __name helper that the page does not have: give it one.
  await context.addInitScript('window.__name = (fn) => fn')
  await context.addInitScript(() => {
    const tasks: Array<{ start: number; duration: number }> = []
    ;(window as unknown as { longTasks: typeof tasks }).longTasks = tasks
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  })
  return context
}

/** The longest main-thread task that began at or after `since` (page time, ms); 0 when none was over 50 ms. */
const longestTaskSince = (page: Page, since: number) =>
  page.evaluate(
    (from) =>
      Math.max(
        0,
        ...(window as unknown as { longTasks: Array<{ start: number; duration: number }> }).longTasks
          .filter((task) => task.start >= from)
          .map((task) => task.duration),
      ),
    since,
  )

/**
 * The read models caught up from empty: their database deleted, the page loaded again; the time
 * from the latest state showing until every checkpoint reached the last position, and the longest
 * task meanwhile.
 */
async function readModelsFromEmpty(page: Page, url: string, events: number) {
  await page.goto(`${url}bench/`)
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase(name)
        request.onsuccess = () => resolve()
        request.onerror = () => reject(request.error)
        request.onblocked = () => reject(new Error(`${name} is still open`))
      }),
    DERIVED_DATABASE,
  )
  await page.goto(url, { waitUntil: 'commit' })
  const shown = (await coldStart(page, events, false)).travelable
  await readModelsCaughtUp(page, events, 100)
  const caughtUp = await page.evaluate(() => performance.now())
  return { time: caughtUp - shown, longestTask: await longestTaskSince(page, shown) }
}

export async function sizedAppCases(
  browser: Browser,
  url: string,
  results: BenchResults,
  events: number,
  runs: number,
) {
  const context = await benchContext(browser)
  const page = await context.newPage()
  try {
    await page.goto(url)
    await page.getByRole('heading', { name: 'Event log' }).waitFor()
    const emptyHeap = await heapAfterGc(page)
    log(`seeding ${groupThousands(events)} events into the app`)
    await seedLargeLog(page, events, events / 100)

    log('cold start: the first load, reading every record; then reloads interleaved with a raw getAll')
    const firstLoad = (await coldStart(page, events)).travelable
    const firstGetAll = await rawGetAll(page)
    results.second('cold start: the first load after seeding', events, {
      value: firstLoad / firstGetAll,
      unit: '× raw getAll',
      target: 1.3,
      better: 'lower',
      runs: [firstLoad],
      baseline: [firstGetAll],
      detail: `${round(firstLoad)} ms, before the store has written its log pages; getAll ${round(firstGetAll)} ms`,
    })
    await logPagesWritten(page, Math.floor(events / LOG_PAGE_SIZE))
    await readModelsCaughtUp(page, events)
    // From the second visit on, a long log has a savepoint to show its latest states from.
    if (events >= DEFAULT_SAVEPOINT_POLICY.fromEvents) await savepointSaved(page, events)
    const ours: number[] = []
    const latest: number[] = []
    const raw: number[] = []
    for (let run = 0; run < runs; run += 1) {
      const times = await coldStart(page, events)
      ours.push(times.travelable)
      latest.push(times.latest)
      raw.push(await rawGetAll(page))
    }
    results.primary('cold start', events, {
      value: median(ours) / median(raw),
      unit: '× raw getAll',
      target: 1,
      better: 'lower',
      runs: ours,
      baseline: raw,
      detail: `${round(median(ours))} ms until the whole log is travelable; getAll ${round(median(raw))} ms (medians)`,
    })
    results.second('cold start: latest state', events, {
      value: median(latest),
      unit: 'ms',
      target: 2_000,
      better: 'lower',
      runs: latest,
      detail: `from navigation until the panels show the latest position (median)${events >= DEFAULT_SAVEPOINT_POLICY.fromEvents ? ', from the savepoint' : ''}; the whole log travelable ${round(median(ours))} ms`,
    })

    log('read models: caught up from empty in the background')
    const catchUps = []
    for (let run = 0; run < Math.min(runs, 2); run += 1) catchUps.push(await readModelsFromEmpty(page, url, events))
    results.primary('read models', events, {
      value: Math.max(...catchUps.map((catchUp) => catchUp.longestTask)),
      unit: 'ms longest task',
      target: 100,
      better: 'lower',
      runs: catchUps.map((catchUp) => catchUp.time),
      detail: `caught up in ${catchUps.map((catchUp) => round(catchUp.time / 1_000)).join(', ')} s after the latest state showed; the value is the longest task meanwhile (0: none over 50 ms)`,
    })

    const loadedHeap = await heapAfterGc(page)
    results.primary('memory', events, {
      value: (loadedHeap - emptyHeap) / events,
      unit: 'bytes per event',
      target: 150,
      better: 'lower',
      runs: [loadedHeap - emptyHeap],
      detail: `JS heap and array buffers: ${round(emptyHeap / 1e6)} MB empty, ${round(loadedHeap / 1e6)} MB with ${groupThousands(events)} events (after gc)`,
    })

    // The heap reading above empties the engine's caches, so drag and scroll each get a warm-up first.
    log('drag: the slider across the whole log, after a warm-up drag')
    await dragSlider(page, 120)
    const dragFrames: number[] = []
    for (let run = 0; run < Math.min(runs, 3); run += 1) dragFrames.push(...(await dragSlider(page, 120)))
    results.primary('drag', events, frameCase(dragFrames, ''))

    log('scroll: the event log end to end, after a warm-up scroll')
    await page
      .getByRole('button', { name: 'Live' })
      .click()
      .catch(() => undefined)
    await scrollLog(page, 150)
    const scrollFrames: number[] = []
    for (let run = 0; run < Math.min(runs, 3); run += 1) scrollFrames.push(...(await scrollLog(page, 150)))
    results.primary('scroll', events, frameCase(scrollFrames, ''))

    log('drag and scroll again, with a what-if active: the first event of the log skipped')
    await startWhatIf(page)
    const whatIfDrag: number[] = []
    for (let run = 0; run < Math.min(runs, 3); run += 1) whatIfDrag.push(...(await dragSlider(page, 120)))
    results.primary('drag: what-if active', events, frameCase(whatIfDrag, ' with a what-if active'))
    await page.getByRole('button', { name: 'Live', exact: true }).click()
    const whatIfScroll: number[] = []
    for (let run = 0; run < Math.min(runs, 3); run += 1) whatIfScroll.push(...(await scrollLog(page, 150)))
    results.primary('scroll: what-if active', events, frameCase(whatIfScroll, ' with a what-if active'))
    await page.getByRole('button', { name: 'Discard what-if' }).click()

    const commandCount = runs === 1 ? 20 : 100
    log(`command: ${commandCount} commands end to end, interleaved with a raw read-then-add`)
    const commands = await commandsAgainstBaseline(page, commandCount)
    const oursP95 = quantile(commands.ours, 0.95)
    const rawP95 = quantile(commands.raw, 0.95)
    results.primary('command', events, {
      value: oursP95 / rawP95,
      unit: '× raw rw transaction p95',
      target: 1.2,
      better: 'lower',
      runs: commands.ours,
      baseline: commands.raw,
      detail: `${round(oursP95)} ms p95 end to end, until the log shows it; the raw read-then-add ${round(rawP95)} ms p95`,
    })
  } finally {
    await context.close()
  }
}

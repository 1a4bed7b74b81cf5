/**
 * How long an event appended in one tab takes to reach another open tab: `npm run bench:cross-tab`.
 * Two pages of the built site in one Chromium context (real IndexedDB, real cross-tab messages).
 * Page A appends through window.playground; page B records when its subscriber hears the event
 * and when its event log shows it. Both pages read one clock (performance.timeOrigin + now()).
 */
import { chromium, type Page } from '@playwright/test'
import { mkdir, writeFile } from 'node:fs/promises'
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../e2e/chromium'
import { servePreview } from './servePreview'

const WARM_UP = 5
const RUNS = 50
const TARGET_MS = 100

const now = (page: Page) => page.evaluate(() => performance.timeOrigin + performance.now())

function summarise(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN, runs: samples }
}

const { url, stop } = await servePreview(4176)
const executablePath = chromiumExecutablePath()
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) })
try {
  const context = await browser.newContext()
  const [tabA, tabB] = [await context.newPage(), await context.newPage()]
  for (const page of [tabA, tabB]) {
    await page.goto(url)
    await page.getByRole('region', { name: 'Event log' }).getByText('No events yet').waitFor()
  }
  // In B: note when the subscriber hears each position, and when the log's count shows it.
  // No named functions inside: tsx would wrap them in a __name helper the page does not have.
  await tabB.evaluate(() => {
    const heard = new Map<number, number>()
    const shown = new Map<number, number>()
    window.playground.store.subscribe((events) => {
      for (const event of events) heard.set(event.position, performance.timeOrigin + performance.now())
    })
    new MutationObserver(() => {
      const count = /^([\d,]+) events?/.exec(
        document.querySelector('[aria-live="polite"].log-count')?.textContent ?? '',
      )
      if (count?.[1]) {
        const position = Number(count[1].replace(/,/g, ''))
        if (!shown.has(position)) shown.set(position, performance.timeOrigin + performance.now())
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
    Object.assign(window, { benchHeard: heard, benchShown: shown })
  })
  const delivered: number[] = []
  const displayed: number[] = []
  for (let round = 1; round <= WARM_UP + RUNS; round += 1) {
    const sentAt = await now(tabA)
    await tabA.evaluate(
      (n) =>
        window.playground.store.append(`Order-bench-${n}`, [
          { type: 'OrderCreated', data: { orderId: `bench-${n}`, customerId: 'c' } },
        ]),
      round,
    )
    await tabB.waitForFunction(
      (n) => (window as unknown as { benchShown: Map<number, number> }).benchShown.has(n),
      round,
    )
    const [heardAt, shownAt] = await tabB.evaluate((n) => {
      const w = window as unknown as { benchHeard: Map<number, number>; benchShown: Map<number, number> }
      return [w.benchHeard.get(n) ?? NaN, w.benchShown.get(n) ?? NaN]
    }, round)
    if (round > WARM_UP) {
      delivered.push(heardAt - sentAt)
      displayed.push(shownAt - sentAt)
    }
  }
  const cases = {
    'cross-tab delivery': { ...summarise(delivered), unit: 'ms', target: TARGET_MS, better: 'lower' },
    'cross-tab display': { ...summarise(displayed), unit: 'ms', target: TARGET_MS, better: 'lower' },
  }
  console.log(`cross-tab latency, ${RUNS} appends after ${WARM_UP} warm-up (append started in tab A -> tab B)`)
  console.log('case                 | median ms | p95 ms | max ms | target')
  for (const [name, figures] of Object.entries(cases)) {
    const cell = (n: number) => n.toFixed(1).padStart(6)
    console.log(
      `${name.padEnd(20)} | ${cell(figures.median)}    | ${cell(figures.p95)} | ${cell(figures.max)} | < ${TARGET_MS}`,
    )
  }
  await mkdir('bench-results', { recursive: true })
  await writeFile('bench-results/cross-tab.json', JSON.stringify({ date: new Date().toISOString(), cases }, null, 2))
  console.log('wrote bench-results/cross-tab.json')
} finally {
  await browser.close()
  stop()
}

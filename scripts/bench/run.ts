/**
 * `npm run bench`: the performance cases, in headless Chromium against the built site, at 10,000,
 * 100,000 and 1,000,000 events. Prints a table, writes bench-results/latest.json (each sized case
 * as `<case>@<events>`, the 100,000 figures also under the plain name) and draws the growth curve
 * (docs/bench-growth.svg). Baselines run in the same page and the same run, interleaved with our
 * runs; ratios are the figures to quote, absolute times are this machine's.
 *
 * BENCH_QUICK=1: 10,000 events, one run a case. CI runs it after the tests so the bench cannot rot
 * unseen; its figures are not the README's, and it fails only when a case fails to run.
 * BENCH_SIZES=10000,100000 picks the sizes; BENCH_ONLY=modules or BENCH_ONLY=app runs half the cases.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { chromium, type Browser } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../../e2e/chromium'
import { servePreview } from '../servePreview'
import { dragSlider } from './appCases'
import { benchContext, sizedAppCases } from './appSizeCases'
import { seedLargeLog } from '../../e2e/pages/seedLargeLog'
import { bundleSizes } from './bundle'
import { growthChart } from './growthChart'
import { groupThousands } from '../../src/kernel/money'
import { idleFrameCase, learnerModuleCases, openBenchPage, peerCases, sizedModuleCases } from './modulePageCases'
import { BenchResults } from './results'
import { frameCase, passes, round, spread, type CaseResult } from './stats'

const QUICK = process.env.BENCH_QUICK === '1'
const SIZES = QUICK
  ? [10_000]
  : (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map((size) => Number(size.trim()))
/** Runs a case at a size: fewer at a million events, where one run of the import takes a minute. */
const runsAt = (events: number) => (QUICK ? 1 : Number(process.env.BENCH_RUNS ?? (events >= 1_000_000 ? 2 : 5)))
/** The learner module's cases run at the size their issue names, in quick mode too. */
const LEARNER_EVENTS = 10_000
/** The size the earlier issues' figures were taken at: its cases are kept under their plain names too. */
const PLAIN_SIZE = QUICK ? 10_000 : 100_000

const results = new BenchResults(PLAIN_SIZE)
const log = (text: string) => console.log(`  ${text}`)

/** The slider dragged over a learner module's log: its streams fold in the sandbox as the cursor moves. */
async function learnerAppCases(browser: Browser, url: string): Promise<void> {
  // A context of its own: an empty store, so the learner's log is all there is.
  const context = await benchContext(browser)
  const page = await context.newPage()
  await page.goto(url)
  await page.getByRole('heading', { name: 'Event log' }).waitFor()
  log(`learner drag: ${groupThousands(LEARNER_EVENTS)} events of the Order template's copy, run from the Build view`)
  await seedLargeLog(page, LEARNER_EVENTS, 100, 'MyOrder')
  await page.goto(`${url}#/build`)
  await page.reload()
  await page.getByRole('region', { name: 'Build your own domain' }).getByLabel('Start from').selectOption('Order')
  await page.getByRole('button', { name: 'New module' }).click()
  await page.getByRole('button', { name: 'Run', exact: true }).click()
  await page.getByText(/My order \(category MyOrder\) runs/).waitFor({ timeout: 60_000 })
  await page.getByRole('link', { name: 'Playground', exact: true }).click()
  await page.getByRole('slider', { name: 'Time travel' }).waitFor()
  await dragSlider(page, 120)
  const frames: number[] = []
  for (let run = 0; run < Math.min(runsAt(LEARNER_EVENTS), 3); run += 1) frames.push(...(await dragSlider(page, 120)))
  results.primary(
    'learner: drag',
    null,
    frameCase(frames, ` over ${groupThousands(LEARNER_EVENTS)} events of a learner's module`),
  )
  await context.close()
}

async function main(): Promise<void> {
  const bundle = await bundleSizes()
  results.primary('bundle', null, {
    value: bundle.firstScreenKb,
    unit: 'KB gzipped',
    target: 250,
    better: 'lower',
    runs: [bundle.firstScreenKb],
    detail: `first screen: ${Object.keys(bundle.files).length} files; lazy: ${Object.entries(bundle.lazy)
      .filter(([, kb]) => kb > 5)
      .map(([file, kb]) => `${file.replace(/^assets\/|-[\w-]+\.js$/g, '')} ${round(kb)}`)
      .join(', ')}`,
  })
  const { url, stop } = await servePreview(4177)
  const executablePath = chromiumExecutablePath()
  const browser = await chromium.launch({
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
    ...(executablePath ? { executablePath } : {}),
  })
  try {
    if (process.env.BENCH_ONLY !== 'app') {
      const context = await benchContext(browser)
      const page = await context.newPage()
      await openBenchPage(page, url)
      await idleFrameCase(page, results)
      for (const events of SIZES) {
        console.log(`${groupThousands(events)} events: the bench page`)
        await sizedModuleCases(page, results, events, runsAt(events))
      }
      await learnerModuleCases(page, results, LEARNER_EVENTS, runsAt(LEARNER_EVENTS))
      // A page of its own, so the cases before it do not shape the fold it times: after the seek cases
      // the fold's code had met the timeline's packed events as well as the in-memory store's plain ones.
      const peerPage = await context.newPage()
      await openBenchPage(peerPage, url)
      await peerCases(peerPage, results, runsAt(100_000))
      await context.close()
    }
    if (process.env.BENCH_ONLY !== 'modules') {
      for (const events of SIZES) {
        console.log(`${groupThousands(events)} events: the app`)
        await sizedAppCases(browser, url, results, events, runsAt(events))
      }
      await learnerAppCases(browser, url)
    }
  } finally {
    await browser.close()
    stop()
  }
  const rows = [...Object.entries(results.cases), ...Object.entries(results.secondary)].map(([name, result]) => ({
    case: name,
    value: `${round(result.value)} ${result.unit}`,
    target: `${result.better === 'lower' ? '≤' : '≥'} ${result.target}`,
    pass: passes(result) ? 'yes' : 'NO',
    spread: spread(result.runs),
    detail: result.detail,
  }))
  console.table(rows)
  await mkdir('bench-results', { recursive: true })
  const output = QUICK ? 'bench-results/quick.json' : 'bench-results/latest.json'
  // latest.json keeps the issue's fields per case; the words of the table go under `details`.
  const asJson = (entries: Record<string, CaseResult>) =>
    Object.fromEntries(
      Object.entries(entries).map(([name, { value, unit, target, better, runs, baseline }]) => [
        name,
        { value, unit, target, better, runs, ...(baseline ? { baseline } : {}) },
      ]),
    )
  const measuredAt = new Date().toISOString()
  await writeFile(
    output,
    JSON.stringify(
      {
        measuredAt,
        events: PLAIN_SIZE,
        sizes: SIZES,
        cases: asJson(results.cases),
        secondary: asJson(results.secondary),
        details: rows,
      },
      null,
      2,
    ) + '\n',
  )
  // The README's picture comes from a full run only; a quick or partial run draws beside its JSON.
  const full = !QUICK && !process.env.BENCH_ONLY && SIZES.length >= 3
  const chart = full ? 'docs/bench-growth.svg' : 'bench-results/growth.svg'
  await writeFile(
    chart,
    growthChart(
      results,
      SIZES,
      `npm run bench, ${measuredAt.slice(0, 10)}, headless Chromium on a 2-core machine; dotted grey: a cost that grows with the log`,
    ),
  )
  console.log(
    `wrote ${output} and ${chart}${QUICK ? ' (quick mode: 10,000 events, one run a case, no targets enforced)' : ''}`,
  )
}

await main()

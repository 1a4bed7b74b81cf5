/**
 * The cases run in the bench page (bench/main.ts) with the playground's modules: import, seek and
 * the debugger at each size of the log, and once each the idle frames, the learner's module and
 * the peer comparison with Emmett.
 */
import type { Page } from '@playwright/test'
import type {} from '../../bench/main'
import { groupThousands } from '../../src/kernel/money'
import type { BenchResults } from './results'
import { frameCase, median, quantile, round } from './stats'

const log = (text: string) => console.log(`  ${text}`)

export async function openBenchPage(page: Page, url: string): Promise<void> {
  await page.goto(`${url}bench/`)
  await page.waitForFunction(() => 'bench' in window)
}

/** Import, seek and the debugger's cases at one size of the log. */
export async function sizedModuleCases(page: Page, results: BenchResults, events: number, runs: number) {
  log(`import: ${runs} interleaved runs of ${groupThousands(events)} events, ours and a raw put`)
  await page.evaluate(() => window.bench.importRaw(10_000, 'warm-raw'))
  await page.evaluate(() => window.bench.importOurs(10_000, 'warm-ours'))
  const ours: number[] = []
  const raw: number[] = []
  const longestTasks: number[] = []
  for (let run = 0; run < runs; run += 1) {
    raw.push(await page.evaluate((n) => window.bench.importRaw(n, `raw-${Date.now()}`), events))
    const { elapsed, longestTask } = await page.evaluate(
      (n) => window.bench.importOurs(n, `ours-${Date.now()}`),
      events,
    )
    ours.push(elapsed)
    longestTasks.push(longestTask)
  }
  results.primary('import', events, {
    value: median(raw) / median(ours),
    unit: '× raw put speed',
    target: 0.8,
    better: 'higher',
    runs: ours,
    baseline: raw,
    detail: `ours ${round(median(ours))} ms, raw put ${round(median(raw))} ms (medians)`,
  })
  results.second('import: longest task', events, {
    value: Math.max(...longestTasks),
    unit: 'ms',
    target: 100,
    better: 'lower',
    runs: longestTasks,
    detail: 'the longest main-thread task during our import (the browser reports tasks over 50 ms; 0: none)',
  })

  log(`seek: 1,000 seeks of a ${groupThousands(events)}-event timeline reading what the panels read, 50 full replays`)
  const seek = await page.evaluate((n) => window.bench.seek(n, 1_000, 50), events)
  results.primary('seek', events, {
    value: quantile(seek.seekTimes, 0.99),
    unit: 'ms p99',
    target: 1,
    better: 'lower',
    runs: seek.seekTimes,
    baseline: seek.replayTimes,
    detail: `mean seek ${round(seek.meanSeek)} ms; a full replay to the same positions ${round(seek.meanReplay)} ms`,
  })
  results.second('seek: speed-up over a full replay', events, {
    value: seek.meanReplay / seek.meanSeek,
    unit: '× a full replay',
    target: 100,
    better: 'higher',
    runs: seek.seekTimes,
    baseline: seek.replayTimes,
    detail: 'mean full replay / mean seek, over the same positions',
  })
  results.second('seek: every order at the position', events, {
    value: quantile(seek.everyOrderTimes, 0.99),
    unit: 'ms p99',
    target: 1,
    better: 'lower',
    runs: seek.everyOrderTimes,
    detail: `the same seeks reading all ${groupThousands(events / 100)} orders, as a panel without a virtualiser would`,
  })

  const longEvents = events / 10
  log(
    `debugger: blame, what-if and compare on ${groupThousands(events)} events, one order of ${groupThousands(longEvents)}`,
  )
  const debug = await page.evaluate(({ n, runs }) => window.bench.debuggerCases(n, runs), {
    n: events,
    runs: Math.max(runs * 2, 3),
  })
  results.primary('blame', events, {
    value: quantile(debug.blame, 0.95),
    unit: 'ms p95',
    target: 50,
    better: 'lower',
    runs: debug.blame,
    detail: `Why Total? over the ${groupThousands(debug.longEvents)}-event order: ${groupThousands(debug.blameEntries)} changes listed`,
  })
  results.primary('what-if', events, {
    value: quantile(debug.whatIf, 0.95),
    unit: 'ms p95',
    target: 200,
    better: 'lower',
    runs: debug.whatIf,
    detail: `the long order's second event skipped: its later commands decided again (${groupThousands(debug.refused)} refused), the what-if state computed`,
  })
  results.second('what-if: read models, per task', events, {
    value: quantile(debug.slices, 0.99),
    unit: 'ms p99 task',
    target: 16.7,
    better: 'lower',
    runs: debug.slices,
    detail: `the Order read models refolded from their checkpoint before the change, 250 events a task, after the streams show: ${round(median(debug.whatIfReadModels))} ms in all (median); longest task ${round(Math.max(...debug.slices))} ms`,
  })
  results.primary('compare', events, {
    value: quantile(debug.compare, 0.95),
    unit: 'ms p95',
    target: 100,
    better: 'lower',
    runs: debug.compare,
    detail: `${debug.compare.length} random pairs of positions: every stream and read-model row that differs`,
  })
}

/** The idle page's frames, the floor under drag and scroll. */
export async function idleFrameCase(page: Page, results: BenchResults): Promise<void> {
  log('frames: an idle page, for the floor under drag and scroll')
  const idle = await page.evaluate(() => window.bench.idleFrames(300))
  results.second('frames: an idle page', null, frameCase(idle, ' of a page doing nothing'))
}

/** The learner module's cases, at the size their issue names. */
export async function learnerModuleCases(page: Page, results: BenchResults, events: number, runs: number) {
  log(`learner module: compile and load 200 lines, fold and seek ${groupThousands(events)} events in the sandbox`)
  const learner = await page.evaluate(({ n, runs }) => window.bench.learnerCases(n, runs, 1_000), {
    n: events,
    runs: Math.max(runs, 3),
  })
  results.primary('learner: compile and load', null, {
    value: quantile(learner.compile, 0.95),
    unit: 'ms p95',
    target: 300,
    better: 'lower',
    runs: learner.compile,
    detail: `a ${learner.lines}-line module: sucrase, a fresh QuickJS runtime, its description checked; median ${round(median(learner.compile))} ms. The engine's first load: ${round(learner.engineLoad)} ms`,
  })
  results.primary('learner: fold', null, {
    value: median(learner.fold),
    unit: 'ms',
    target: 500,
    better: 'lower',
    runs: learner.fold,
    detail: `${groupThousands(events)} events of 100 orders of the Order template, every stream folded in the sandbox from empty (medians)`,
  })
  results.primary('learner: seek', null, {
    value: quantile(learner.seek, 0.99),
    unit: 'ms p99',
    target: 2,
    better: 'lower',
    runs: learner.seek,
    detail: `${learner.seek.length} seeks at random positions, the stream there read from its checkpoint`,
  })
  results.second('learner: sandbox memory', null, {
    value: learner.sandboxBytes / 1e6,
    unit: 'MB in QuickJS',
    target: 32,
    better: 'lower',
    runs: [learner.sandboxBytes],
    detail: `one module loaded, after the fold (the limit is 32 MB); the WebAssembly memory of every sandbox: ${round(learner.wasmBytes / 1e6)} MB`,
  })
}

/** Emmett's in-memory store against ours, interleaved; the case's value is the lower of the two ratios. */
export async function peerCases(page: Page, results: BenchResults, runs: number): Promise<void> {
  log('peer: Emmett in-memory vs ours, interleaved')
  await page.evaluate(() => window.bench.peer('emmett'))
  await page.evaluate(() => window.bench.peer('ours'))
  const emmett: { append: number; fold: number }[] = []
  const mine: { append: number; fold: number }[] = []
  for (let run = 0; run < runs; run += 1) {
    emmett.push(await page.evaluate(() => window.bench.peer('emmett')))
    mine.push(await page.evaluate(() => window.bench.peer('ours')))
  }
  const ratios = (['append', 'fold'] as const).map((phase) => {
    const theirs = emmett.map((run) => run[phase])
    const ours = mine.map((run) => run[phase])
    const result = {
      value: median(theirs) / median(ours),
      unit: '× Emmett',
      target: 1,
      better: 'higher' as const,
      runs: ours,
      baseline: theirs,
      detail: `ours ${round(median(ours))} ms, Emmett ${round(median(theirs))} ms (medians)`,
    }
    results.second(`peer: ${phase}`, null, result)
    return result
  })
  const [append, fold] = ratios as [(typeof ratios)[number], (typeof ratios)[number]]
  results.primary('peer', null, {
    ...(append.value <= fold.value ? append : fold),
    detail: `append ${round(append.value)}×, fold ${round(fold.value)}× Emmett (the lower is the value)`,
  })
}

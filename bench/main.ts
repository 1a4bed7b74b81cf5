import { PAGE_DOMAINS } from '../tests/kit/domains'
/**
 * The in-page half of `npm run bench`: cases that need the playground's modules, run in Chromium.
 * scripts/bench/run.ts calls them through `window.bench` and times nothing itself.
 */
import { getInMemoryEventStore } from '@event-driven-io/emmett'
import { evolveOrder, initialOrderState, replayOrder, type OrderEvent, type OrderState } from '../src/domains/order'
import { createDexieEventStore, createInMemoryEventStore, type RecordedEvent } from '../src/kernel/eventstore'
import { planImport } from '../src/kernel/eventstore/importPlan'
import { startImportWorker } from '../src/kernel/eventstore/startImportWorker'
import { Timeline } from '../src/kernel/timeline/timeline'
import { interleavedOrderLog } from '../tests/kit/interleavedOrderLog'
import { deleteDb, openRawEventDb, putAllInOneTransaction } from './rawIndexedDb'
import { debuggerCases } from './debuggerCases'
import { learnerCases } from './learnerCases'

/** The same log every run at a size: orders of 100 events each (1,000 orders at 100,000), interleaved. */
const logOf = (events: number) => interleavedOrderLog(events / 100, 100, 'bench', 'bench')

/**
 * Watches the main thread's long tasks (the browser reports those over 50 ms) until the returned
 * function is called, which gives the longest in ms, 0 when none was over 50 ms.
 */
function watchLongTasks(): () => number {
  let longest = 0
  const note = (entries: PerformanceEntryList) => {
    for (const entry of entries) longest = Math.max(longest, entry.duration)
  }
  const observer = new PerformanceObserver((list) => note(list.getEntries()))
  observer.observe({ type: 'longtask' })
  return () => {
    note(observer.takeRecords())
    observer.disconnect()
    return longest
  }
}

/**
 * Waits while the page is idle, so the collector finishes with what building a big input left
 * behind (a million import events and their records) before a case's clock starts: that work is
 * the bench's, not the case's. Started at once, the import of a million events took the pause
 * (120–250 ms; V8's `--trace-gc` put it right after the log was made, its marking left to the end)
 * as one of its own tasks.
 */
const idleForTheCollector = () => new Promise((resolve) => setTimeout(resolve, 1_500))

/** A small seeded generator (mulberry32), so every run seeks the same positions. */
function seeded(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Our import of the log: its time in ms, and the longest main-thread task meanwhile. */
async function importOurs(events: number, databaseName: string): Promise<{ elapsed: number; longestTask: number }> {
  const log = logOf(events)
  // As the playground opens its store: a large import is written in a worker.
  const store = createDexieEventStore({ databaseName, sessionId: 'bench', importWorker: { start: startImportWorker } })
  await store.streamVersion('Probe-open') // open before the clock starts, as the raw side does
  await idleForTheCollector()
  const longestTask = watchLongTasks()
  const started = performance.now()
  await store.importEvents(log)
  const elapsed = performance.now() - started
  const longest = longestTask()
  await store.close()
  await deleteDb(databaseName)
  return { elapsed, longestTask: longest }
}

async function importRaw(events: number, databaseName: string): Promise<number> {
  const records = planImport(logOf(events), 0)
  const db = await openRawEventDb(databaseName)
  await idleForTheCollector()
  const started = performance.now()
  await putAllInOneTransaction(db, records)
  const elapsed = performance.now() - started
  db.close()
  await deleteDb(databaseName)
  return elapsed
}

/** How many rows of the Replayed state's order list are on screen, with the virtualiser's overscan. */
const LIST_ROWS_ON_SCREEN = 10

/** Reads what the panels read at a position: the order of the event there, and the order list's rows on screen. */
function readAsPanelsDo(timeline: Timeline, position: number): number {
  const orders = timeline.statesAt<OrderState>('Order', position)
  const streamId = timeline.eventAt(position)?.streamId ?? ''
  let total = orders.get(streamId)?.totalCents ?? 0
  let rows = 0
  for (const id of orders.keys()) {
    total += orders.get(id)?.totalCents ?? 0
    if (++rows === LIST_ROWS_ON_SCREEN) break
  }
  return total
}

/** Reads every order at a position: what a panel listing them all without a virtualiser would cost. */
function readEveryOrder(timeline: Timeline, position: number): number {
  let total = 0
  for (const order of timeline.statesAt<OrderState>('Order', position).values()) total += order.totalCents
  return total
}

/**
 * Times `count` seeks of the timeline (the state the panels read at a random position), the same
 * seeks reading every order, and full replays to a sample of the same positions.
 */
async function seek(events: number, count: number, fullReplays: number) {
  const records = planImport(logOf(events), 0)
  const timeline = new Timeline(PAGE_DOMAINS)
  timeline.append(records)
  const positionsOf = (random: () => number) => Array.from({ length: count }, () => 1 + Math.floor(random() * events))
  // The warm-up: seeks elsewhere, then the collector's turn.
  for (const position of positionsOf(seeded(7)).slice(0, 100)) readAsPanelsDo(timeline, position)
  await idleForTheCollector()
  const positions = positionsOf(seeded(20261122))
  const timeEach = (read: (timeline: Timeline, position: number) => number) =>
    positions.map((position) => {
      const started = performance.now()
      read(timeline, position)
      return performance.now() - started
    })
  const seekTimes = timeEach(readAsPanelsDo)
  const everyOrderTimes = timeEach(readEveryOrder)
  // The browser's clock is coarse (0.1 ms here): the ratio compares means over whole batches.
  let started = performance.now()
  for (const position of positions) readAsPanelsDo(timeline, position)
  const meanSeek = (performance.now() - started) / positions.length
  const replayTo = (position: number) => {
    const orders = new Map<string, OrderState>()
    for (let index = 0; index < position; index += 1) {
      const event = records[index] as RecordedEvent
      orders.set(event.streamId, replayOrder([event], orders.get(event.streamId) ?? initialOrderState))
    }
    return orders
  }
  const replayTimes = positions.slice(0, fullReplays).map((position) => {
    const started = performance.now()
    replayTo(position)
    return performance.now() - started
  })
  started = performance.now()
  for (const position of positions.slice(0, fullReplays)) replayTo(position)
  const meanReplay = (performance.now() - started) / fullReplays
  return { seekTimes, everyOrderTimes, replayTimes, meanSeek, meanReplay }
}

type PeerPhase = 'append' | 'fold'
const FOLDS = 20

/**
 * The peer case: 100,000 events appended (999 streams of 90 in batches of 10, and one stream of
 * 10,000 in batches of 100), then that 10,000-event stream folded into an order, by Emmett's
 * in-memory store and by ours. The fold is done FOLDS times, so it is long enough for the browser's coarse clock.
 */
async function peer(library: 'emmett' | 'ours'): Promise<Record<PeerPhase, number>> {
  const created = (streamId: string): OrderEvent => ({
    type: 'OrderCreated',
    data: { orderId: streamId.slice(6), customerId: 'c' },
  })
  const added: OrderEvent = { type: 'ItemAdded', data: { itemId: 'apple', quantity: 1, unitPriceCents: 100 } }
  const batches: { streamId: string; events: OrderEvent[] }[] = []
  for (let stream = 0; stream < 999; stream += 1) {
    const streamId = `Order-${stream}`
    for (let batch = 0; batch < 9; batch += 1)
      batches.push({
        streamId,
        events: Array.from({ length: 10 }, (_, n) => (batch === 0 && n === 0 ? created(streamId) : added)),
      })
  }
  for (let batch = 0; batch < 100; batch += 1)
    batches.push({
      streamId: 'Order-long',
      events: Array.from({ length: 100 }, (_, n) => (batch === 0 && n === 0 ? created('Order-long') : added)),
    })
  if (library === 'emmett') {
    const store = getInMemoryEventStore()
    let started = performance.now()
    for (const { streamId, events } of batches) await store.appendToStream(streamId, events)
    const append = performance.now() - started
    started = performance.now()
    let state = initialOrderState
    for (let fold = 0; fold < FOLDS; fold += 1) {
      ;({ state } = await store.aggregateStream<OrderState, OrderEvent>('Order-long', {
        evolve: evolveOrder,
        initialState: () => initialOrderState,
      }))
    }
    const fold = (performance.now() - started) / FOLDS
    if (state.totalCents !== 9_999 * 100) throw new Error('Emmett folded the wrong total')
    return { append, fold }
  }
  const store = createInMemoryEventStore({ sessionId: 'bench' })
  let started = performance.now()
  for (const { streamId, events } of batches) await store.append(streamId, events)
  const append = performance.now() - started
  started = performance.now()
  let state = initialOrderState
  for (let fold = 0; fold < FOLDS; fold += 1) state = replayOrder(await store.readStream('Order-long'))
  const fold = (performance.now() - started) / FOLDS
  if (state.totalCents !== 9_999 * 100) throw new Error('our store folded the wrong total')
  return { append, fold }
}

/** requestAnimationFrame deltas of a page doing nothing: the floor the drag and scroll cases stand on. */
async function idleFrames(count: number): Promise<number[]> {
  const deltas: number[] = []
  let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve))
  for (let frame = 0; frame < count; frame += 1) {
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve))
    deltas.push(now - last)
    last = now
  }
  return deltas
}

declare global {
  interface Window {
    bench: {
      importOurs: typeof importOurs
      importRaw: typeof importRaw
      seek: typeof seek
      peer: typeof peer
      idleFrames: typeof idleFrames
      debuggerCases: typeof debuggerCases
      learnerCases: typeof learnerCases
    }
  }
}

window.bench = { importOurs, importRaw, seek, peer, idleFrames, debuggerCases, learnerCases }

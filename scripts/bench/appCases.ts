import type { Page } from '@playwright/test'
import { readInPage } from '../../e2e/pages/readInPage'
import { DERIVED_DATABASE } from '../../e2e/pages/savepointSaved'
import { groupThousands } from '../../src/kernel/money'

/**
 * Reloads (unless the page is already navigating) and returns the ms from navigation until the
 * panels show the latest position.
 */
export async function coldStart(
  page: Page,
  eventCount: number,
  reload = true,
): Promise<{ readonly latest: number; readonly travelable: number }> {
  if (reload) await page.reload({ waitUntil: 'commit' })
  // As the Time travel panel writes it, with the same function: "position 100,000 of 100,000".
  const grouped = groupThousands(eventCount)
  const latestText = `position ${grouped} of ${grouped}`
  // The first load of a million events, before the store has written its pages, takes most of a minute here.
  const options = { polling: 'raf', timeout: 300_000 } as const
  await page.waitForFunction((text) => document.body.textContent?.includes(text) ?? false, latestText, options)
  const latest = await page.evaluate(() => performance.now())
  // A long log shows its latest states from a savepoint first; the slider travels once the history is read.
  await page.waitForFunction(
    () => document.querySelector<HTMLInputElement>('input.time-slider')?.disabled === false,
    undefined,
    options,
  )
  return { latest, travelable: await page.evaluate(() => performance.now()) }
}

/**
 * The cold-start baseline, in the same page: one getAll of the app's events store, until its
 * records are objects in the page. Chromium turns them into objects only when `result` is first
 * read (0.4–0.6 s for 100,000 here), so a baseline that never reads it has not read the log.
 */
export function rawGetAll(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const started = performance.now()
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('event-sourcing-playground')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const request = db.transaction('events').objectStore('events').getAll()
    const records = await new Promise<unknown[]>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result as unknown[])
      request.onerror = () => reject(request.error)
    })
    db.close()
    if (records.length === 0) throw new Error('the raw getAll read no events')
    return performance.now() - started
  })
}

/** Starts recording requestAnimationFrame deltas; the returned function stops and returns them. */
export async function recordFrames(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const frames: number[] = []
    let last = performance.now()
    let recording = true
    const tick = (now: number) => {
      frames.push(now - last)
      last = now
      if (recording) requestAnimationFrame(tick)
    }
    requestAnimationFrame((now) => {
      last = now
      requestAnimationFrame(tick)
    })
    ;(window as unknown as { stopFrames: () => number[] }).stopFrames = () => {
      recording = false
      return frames
    }
  })
  return () => page.evaluate(() => (window as unknown as { stopFrames: () => number[] }).stopFrames())
}

/** Drags the time-travel slider's thumb from one end of the track to the other, a pointer move per step. */
export async function dragSlider(page: Page, steps: number): Promise<number[]> {
  const slider = page.getByRole('slider', { name: 'Time travel' })
  await slider.scrollIntoViewIfNeeded()
  const box = await slider.boundingBox()
  if (!box) throw new Error('the slider has no box')
  const y = box.y + box.height / 2
  await page.mouse.move(box.x + box.width - 2, y)
  await page.mouse.down()
  const stop = await recordFrames(page)
  for (let step = 1; step <= steps; step += 1) {
    await page.mouse.move(box.x + box.width - 2 - ((box.width - 4) * step) / steps, y)
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))
  }
  await page.mouse.up()
  return stop()
}

/** Opens the log's first event and asks what if it never happened; waits until the What if panel answers. */
export async function startWhatIf(page: Page): Promise<void> {
  await page.evaluate(() => {
    const grid = document.querySelector<HTMLElement>('[role="grid"][aria-label="Events"]')
    if (grid) grid.scrollTop = 0
  })
  const log = page.getByRole('region', { name: 'Event log' })
  await log
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell') })
    .first()
    .click()
  await log.getByRole('button', { name: 'What if this event never happened?' }).click()
  await page
    .getByRole('region', { name: 'What if' })
    .getByText(/^At position/)
    .waitFor({ timeout: 30_000 })
}

/** Scrolls the event log from its first row to its last, one jump per frame, and returns the frame times. */
export function scrollLog(page: Page, frames: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const grid = document.querySelector<HTMLElement>('[role="grid"][aria-label="Events"]')
    if (!grid) throw new Error('no event log grid')
    grid.scrollTop = 0
    const step = (grid.scrollHeight - grid.clientHeight) / count
    const deltas: number[] = []
    let last = await new Promise<number>((resolve) => requestAnimationFrame(resolve))
    for (let frame = 1; frame <= count; frame += 1) {
      grid.scrollTop = step * frame
      const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve))
      deltas.push(now - last)
      last = now
    }
    return deltas
  }, frames)
}

/**
 * Reads every half second until `done` holds, at most `attempts` times. Polled from here:
 * waitForFunction does not wait for a predicate's promise, so an async one always passes.
 */
async function pollUntil<T>(
  page: Page,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  attempts: number,
  everyMs = 500,
) {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (done(await read())) return true
    await page.waitForTimeout(everyMs)
  }
  return false
}

export { DERIVED_DATABASE }

/**
 * Waits until the page's three read models have caught up with `position` (their checkpoints
 * in the derived database), so what is measured next is the page at rest, not mid catch-up.
 * Looks every `everyMs`, for 15 minutes at most.
 */
export async function readModelsCaughtUp(page: Page, position: number, everyMs = 500): Promise<void> {
  const checkpoints = () => readInPage<Array<{ position: number }>>(page, DERIVED_DATABASE, 'checkpoints', 'getAll')
  const caughtUp = (stored: Array<{ position: number }>) =>
    stored.length === 3 && stored.every((checkpoint) => checkpoint.position === position)
  if (!(await pollUntil(page, checkpoints, caughtUp, 900_000 / everyMs, everyMs)))
    throw new Error(`The read models did not catch up with position ${position} in 15 minutes.`)
}

/**
 * Waits until the event store has written the log's pages (its read cache, written in the
 * background after the first whole read finds them missing), so the reloads measured next are
 * the ones a person gets from the second visit on.
 */
export async function logPagesWritten(page: Page, pages: number): Promise<void> {
  const written = () => readInPage<number>(page, 'event-sourcing-playground', 'pages', 'count')
  // A million events make 200 pages: a few minutes here, while the read models catch up too.
  if (!(await pollUntil(page, written, (count) => count >= pages, 1_200)))
    throw new Error(`The store did not write ${pages} log pages in 10 minutes.`)
}

/**
 * JS heap in use, with the array buffers it holds, once garbage collection has nothing left to free. Collected through the DevTools
 * protocol (HeapProfiler.collectGarbage, what a heap snapshot does first), which also empties the
 * engine's weak caches: a plain `gc()` leaves the pages' JSON strings counted for a while after the
 * log is read, although nothing holds them (a heap snapshot taken then does not find them).
 */
export async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page)
  // The JS heap and the array buffers' backing stores: the page's log keeps most of its bytes in typed arrays.
  const used = async () => {
    const usage = await session.send('Runtime.getHeapUsage')
    return usage.usedSize + usage.backingStorageSize
  }
  let last = Infinity
  try {
    for (let round = 0; round < 10; round += 1) {
      await session.send('HeapProfiler.collectGarbage')
      await page.waitForTimeout(200)
      const now = await used()
      if (last - now < 64 * 1024) return now
      last = now
    }
    return last
  } finally {
    await session.detach()
  }
}

/**
 * Sends `count` commands through the page's own command path (decide, append in one rw transaction,
 * subscribers, React) and times each until the event log's row count shows it. Interleaved with
 * the raw baseline: a read-then-add transaction on a database of the same shape, in the same page.
 */
export function commandsAgainstBaseline(page: Page, count: number): Promise<{ ours: number[]; raw: number[] }> {
  return page.evaluate(async (runs) => {
    const rawDb = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bench-command-raw', 1)
      request.onupgradeneeded = () => {
        const events = request.result.createObjectStore('events', { keyPath: 'position' })
        events.createIndex('eventId', 'eventId', { unique: true })
        events.createIndex('[streamId+version]', ['streamId', 'version'], { unique: true })
      }
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const rawReadThenAdd = (n: number) =>
      new Promise<void>((resolve, reject) => {
        const transaction = rawDb.transaction('events', 'readwrite')
        const store = transaction.objectStore('events')
        const streamId = 'Order-raw'
        const lastOfStream = store
          .index('[streamId+version]')
          .openCursor(IDBKeyRange.bound([streamId, 0], [streamId, Number.MAX_SAFE_INTEGER]), 'prev')
        const lastOfLog = store.openCursor(null, 'prev')
        let version = 0
        let position = 0
        let pending = 2
        const add = () => {
          pending -= 1
          if (pending > 0) return
          store.add({
            eventId: `raw-${n}`,
            streamId,
            version: version + 1,
            position: position + 1,
            type: 'ItemAdded',
            data: { itemId: 'apple', quantity: 1, unitPriceCents: 150 },
            metadata: { correlationId: `raw-${n}`, causationId: null, sessionId: 'bench', schemaVersion: 1 },
            recordedAt: new Date().toISOString(),
          })
        }
        lastOfStream.onsuccess = () => {
          version = (lastOfStream.result?.value as { version: number } | undefined)?.version ?? 0
          add()
        }
        lastOfLog.onsuccess = () => {
          position = (lastOfLog.result?.value as { position: number } | undefined)?.position ?? 0
          add()
        }
        transaction.oncomplete = () => resolve()
        transaction.onerror = () => reject(transaction.error)
      })
    const grid = document.querySelector<HTMLElement>('[role="grid"][aria-label="Events"]')
    const rowCount = () =>
      Number(document.querySelector('[role="grid"][aria-label="Events"]')?.getAttribute('aria-rowcount') ?? 0)
    const shown = (rows: number) =>
      new Promise<void>((resolve) => {
        if (rowCount() >= rows) return resolve()
        const observer = new MutationObserver(() => {
          if (rowCount() >= rows) {
            observer.disconnect()
            resolve()
          }
        })
        observer.observe(grid?.parentElement ?? document.body, { subtree: true, attributes: true, childList: true })
      })
    const send = window.playground.send
    await send({ type: 'CreateOrder', orderId: 'bench-command', customerId: 'bench' })
    const ours: number[] = []
    const raw: number[] = []
    for (let n = 0; n < runs; n += 1) {
      const rows = rowCount() + 1
      let started = performance.now()
      const feedback = await send({
        type: 'AddItem',
        orderId: 'bench-command',
        itemId: 'apple',
        quantity: 1,
        unitPriceCents: 150,
      })
      if (feedback?.tone !== 'success') throw new Error(`command refused: ${feedback?.text ?? 'no feedback'}`)
      await shown(rows)
      ours.push(performance.now() - started)
      started = performance.now()
      await rawReadThenAdd(n)
      raw.push(performance.now() - started)
    }
    rawDb.close()
    return { ours, raw }
  }, count)
}

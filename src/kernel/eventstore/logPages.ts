import type Dexie from 'dexie'
import type { Table } from 'dexie'
import type { RecordedEvent } from './types'

/**
 * A run of consecutive events stored again as one JSON string: the log's read cache. One record
 * per event is what the store indexes and writes, but reading 100,000 records back costs the
 * browser seconds, most of it turning each record into objects. Twenty strings of 5,000 events
 * come back, and parse, in a fraction of that.
 *
 * Events never change once written, so a page stays true until the positions it covers are
 * given to other events, which only `clear()` and a replacing import do: both delete every page
 * in the same transaction. A page is written in one transaction that reads its events from the
 * events table, so no replacing write can slip between the read and the page.
 */
export interface LogPage {
  /** Position of the page's first event; the key. */
  readonly first: number
  readonly last: number
  /** The event ids at both ends, checked against the events table when the page is read. */
  readonly firstEventId: string
  readonly lastEventId: string
  /** JSON of the page's events, in position order. */
  readonly events: string
}

/** Events per page. */
export const LOG_PAGE_SIZE = 5_000

export interface PagedTables {
  readonly db: Dexie
  readonly events: Table<RecordedEvent, number>
  readonly pages: Table<LogPage, number>
}

/** The events of a page, or null when it is not what it says it is (then it is not used). */
function eventsOf(page: LogPage): RecordedEvent[] | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(page.events)
  } catch {
    return null
  }
  if (!Array.isArray(parsed) || parsed.length !== page.last - page.first + 1) return null
  const [head, tail] = [parsed[0] as RecordedEvent | undefined, parsed.at(-1) as RecordedEvent | undefined]
  if (head?.position !== page.first || head.eventId !== page.firstEventId) return null
  if (tail?.position !== page.last || tail.eventId !== page.lastEventId) return null
  return parsed as RecordedEvent[]
}

/**
 * The whole log in position order, from the pages and then the events after the last of them.
 * One read transaction fetches the page strings and the events after them; the pages are parsed
 * afterwards, one a task (`yieldBetween`), so a million events never hold the main thread for
 * seconds, and each parsed page goes through `eachRun` (the store's compactor) as it comes.
 * `unpaged` counts the events read one record each: what sealing would save the next time.
 * Pages that do not line up with the events table, or do not parse, are left out: the events
 * they should have held are read from the table instead.
 */
export async function readWholeLog(
  tables: PagedTables,
  eachRun: (events: RecordedEvent[]) => RecordedEvent[] = (events) => events,
  yieldBetween: () => Promise<void> = async () => undefined,
): Promise<{ records: RecordedEvent[]; unpaged: number }> {
  const { db, events, pages } = tables
  const { usable, rest } = await db.transaction('r', events, pages, async () => {
    const stored = await pages.orderBy('first').toArray()
    const ends = await events.bulkGet(stored.flatMap((page) => [page.first, page.last]))
    // Pages count only while they run on from position 1 and match the events at their ends.
    const lined: LogPage[] = []
    for (const [index, page] of stored.entries()) {
      const [first, last] = [ends[index * 2], ends[index * 2 + 1]]
      const expected = (lined.at(-1)?.last ?? 0) + 1
      if (page.first !== expected || first?.eventId !== page.firstEventId || last?.eventId !== page.lastEventId) break
      lined.push(page)
    }
    const after = lined.at(-1)?.last ?? 0
    return { usable: lined, rest: await events.where('position').above(after).toArray() }
  })
  const records: RecordedEvent[] = []
  for (const page of usable) {
    const pageEvents = eventsOf(page)
    if (!pageEvents) {
      // A page that does not parse: read its events and everything after from the table.
      const fromTable = await events.where('position').above(records.length).toArray()
      for (const event of eachRun(fromTable)) records.push(event)
      return { records, unpaged: fromTable.length }
    }
    for (const event of eachRun(pageEvents)) records.push(event)
    await yieldBetween()
  }
  for (const event of eachRun(rest)) records.push(event)
  return { records, unpaged: rest.length }
}

/**
 * The events from `first` to `last` as the caller already holds them (the whole read that found
 * them outside pages), if it holds every one and the events table still has the same events at
 * both ends; else null, and the page is read from the table.
 */
async function heldEvents(
  events: Table<RecordedEvent, number>,
  held: (position: number) => RecordedEvent | undefined,
  first: number,
  last: number,
): Promise<RecordedEvent[] | null> {
  const run: RecordedEvent[] = []
  for (let position = first; position <= last; position += 1) {
    const event = held(position)
    if (event?.position !== position) return null
    run.push(event)
  }
  const [head, tail] = await events.bulkGet([first, last])
  return head?.eventId === run[0]?.eventId && tail?.eventId === run.at(-1)?.eventId ? run : null
}

/**
 * Writes the next page, if the events after the last page fill one: one read-write transaction
 * over both tables. `held` gives the events the caller already read, so a page of them is not
 * read again (at a million events, reading each page back took seconds while the page was busy).
 * Returns whether it wrote one.
 */
export async function sealNextPage(
  { db, events, pages }: PagedTables,
  pageSize: number,
  held: (position: number) => RecordedEvent | undefined = () => undefined,
): Promise<boolean> {
  return db.transaction('rw', events, pages, async () => {
    const lastPage = await pages.orderBy('first').last()
    if (lastPage && (await events.get(lastPage.last))?.eventId !== lastPage.lastEventId) {
      // Written past the store (a test's seeding, a hand edit): start the pages again.
      await pages.clear()
      return true
    }
    const first = (lastPage?.last ?? 0) + 1
    const pageEvents =
      (await heldEvents(events, held, first, first + pageSize - 1)) ??
      (await events
        .where('position')
        .between(first, first + pageSize - 1, true, true)
        .toArray())
    const [head, tail] = [pageEvents[0], pageEvents.at(-1)]
    if (pageEvents.length < pageSize || !head || !tail) return false
    await pages.put({
      first,
      last: tail.position,
      firstEventId: head.eventId,
      lastEventId: tail.eventId,
      events: JSON.stringify(pageEvents),
    })
    return true
  })
}

/**
 * Writes missing log pages in the background, one transaction a page with a pause between, so
 * appends wait for at most one page. Started after a read of the whole log found enough events
 * outside pages; stops when there is no full page left, on close, or on any failure (a closed or
 * full database): pages are only a cache, and reading without them is always right.
 */
export function createPageSealing(sealOne: () => Promise<boolean>, delayMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined
  let wake: (() => void) | undefined
  let running: Promise<void> | undefined
  let stopped = false
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve
      timer = setTimeout(resolve, ms)
    })
  const run = async () => {
    await pause(delayMs)
    while (!stopped && (await sealOne())) await pause(0)
  }
  return {
    start() {
      if (running || stopped) return
      running = run()
        .catch(() => undefined)
        .finally(() => (running = undefined))
    },
    async stop() {
      stopped = true
      clearTimeout(timer)
      wake?.()
      await running
    },
  }
}

/**
 * The time-travel debugger's figures (issue 19), in the bench page: blame, what-if and compare on
 * a 100,000-event log of 900 interleaved orders and one long order of 10,000 events, every event
 * its own command as the page records them.
 */
import { orderModule } from '../src/domains/order/module'
import { longOrderEvents } from '../src/domains/order/longOrder'
import { comparePositions, compareTables } from '../src/kernel/debugger/comparePositions'
import { fieldHistory } from '../src/kernel/debugger/fieldHistory'
import { computeWhatIf } from '../src/kernel/debugger/whatIf'
import type { ImportEvent, RecordedCommand, RecordedEvent } from '../src/kernel/eventstore'
import { planImport } from '../src/kernel/eventstore/importPlan'
import { ProjectionHistory } from '../src/kernel/readside/projectionHistory'
import { projectInSlices, type Projection } from '../src/kernel/readside/projection'
import { LogView } from '../src/kernel/timeline/logView'
import { Timeline } from '../src/kernel/timeline/timeline'
import { interleavedOrderLog } from '../tests/kit/interleavedOrderLog'
import { PAGE_DOMAINS } from '../tests/kit/domains'

const LONG = 'Order-long'

/** The command each long-order event was decided from, as the page records it. */
const commandOf = (event: { type: string; data: unknown }): RecordedCommand =>
  event.type === 'OrderCreated'
    ? { type: 'CreateOrder', orderId: 'long', customerId: 'customer-long' }
    : event.type === 'ItemAdded'
      ? { type: 'AddItem', orderId: 'long', itemId: 'apple', quantity: 1, unitPriceCents: 150 }
      : { type: 'RemoveItem', orderId: 'long', itemId: 'apple' }

/** 90,000 events of 900 orders and, every tenth position, the next of the long order's 10,000. */
function debuggerLog(events: number): RecordedEvent[] {
  const longCount = events / 10
  const orders = interleavedOrderLog(900, (events - longCount) / 900, 'bench', 'bench')
  const long = longOrderEvents('long', longCount)
  const log: ImportEvent[] = []
  let next = 0
  orders.forEach((event, index) => {
    // Each event its own append, as commands make them: its own correlation id.
    log.push({ ...event, metadata: { ...event.metadata, correlationId: event.eventId } })
    if (index % 9 === 8 && next < long.length) {
      const item = long[next] as (typeof long)[number]
      next += 1
      const eventId = `long-${next}`
      log.push({
        eventId,
        streamId: LONG,
        version: next,
        type: item.type,
        data: item.data,
        metadata: {
          correlationId: eventId,
          causationId: null,
          sessionId: 'bench',
          schemaVersion: 1,
          command: commandOf(item),
        },
        recordedAt: '2026-11-20T10:00:00.000Z',
      })
    }
  })
  return planImport(log, 0)
}

function time(work: () => unknown): number {
  const started = performance.now()
  work()
  return performance.now() - started
}

/** Blame, what-if and compare, each `runs` times after a warm-up; times in ms. */
export function debuggerCases(events: number, runs: number) {
  const records = debuggerLog(events)
  const timeline = new Timeline(PAGE_DOMAINS)
  timeline.append(records)
  const log = new LogView(timeline)
  const projections: readonly Projection<unknown>[] = orderModule.projections
  const every: readonly Projection<unknown>[] = PAGE_DOMAINS.modules.flatMap((module) => module.projections)
  const histories = new Map(every.map((projection) => [projection, new ProjectionHistory(projection)]))
  const rowsAt = (projection: Projection<unknown>, position: number) =>
    (histories.get(projection) as ProjectionHistory<unknown>).rowsAt(log.events, position)
  // Warm-up: checkpoints of every stream and read model, as a page that has shown them has.
  for (const projection of every) rowsAt(projection, log.length)
  log.statesAt('Order', log.length)
  for (const streamId of log.streamIds()) log.stateAt(streamId, log.length)

  const longStream = log.streamEvents(LONG)
  const blame = Array.from({ length: runs }, () => time(() => fieldHistory(orderModule, longStream, 'Total')))
  const blameEntries = fieldHistory(orderModule, longStream, 'Total').length

  // Near the start: the long order's second event (an item added), so every later command is decided again.
  const skip = { kind: 'skip', position: longStream[1]?.position ?? 1 } as const
  let outcome = computeWhatIf(log, PAGE_DOMAINS, [skip], log.length)
  const whatIf = Array.from({ length: runs }, () =>
    time(() => (outcome = computeWhatIf(log, PAGE_DOMAINS, [skip], log.length))),
  )
  // The read models, as the page folds them: a slice per task. Each slice is a task the page waits on.
  const slices: number[] = []
  const whatIfReadModels = Array.from({ length: runs }, () =>
    time(() => {
      for (const projection of projections) {
        const whatIf = new Map(rowsAt(projection, outcome.from - 1))
        const folding = projectInSlices(projection, whatIf, outcome.events)
        for (let started = performance.now(); !folding.next().done; started = performance.now())
          slices.push(performance.now() - started)
        compareTables(projection.tables(rowsAt(projection, outcome.position)), projection.tables(whatIf))
      }
    }),
  )
  const refused = outcome.notes.length

  let seed = 20261130
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
  }
  const compare = Array.from({ length: runs * 10 }, () => {
    const a = Math.floor(random() * log.length)
    const b = Math.floor(random() * log.length)
    return time(() => comparePositions(log, PAGE_DOMAINS, a, b, rowsAt))
  })
  return { blame, blameEntries, whatIf, whatIfReadModels, slices, refused, compare, longEvents: longStream.length }
}

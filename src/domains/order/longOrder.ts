import { orderStreamId, type OrderEvent } from './'
import type { EventStore } from '../../kernel/eventstore'
import type { SnapshotStore } from '../../kernel/readside/derivedStorage'
import { loadOrderState } from '../../kernel/snapshots/loadStream'

/** The events of a long order: created, then an item added and removed in turn. */
export function longOrderEvents(orderId: string, count: number): OrderEvent[] {
  const events: OrderEvent[] = [{ type: 'OrderCreated', data: { orderId, customerId: 'customer-long' } }]
  while (events.length < count) {
    events.push(
      events.length % 2 === 1
        ? { type: 'ItemAdded', data: { itemId: 'apple', quantity: 1, unitPriceCents: 150 } }
        : { type: 'ItemRemoved', data: { itemId: 'apple' } },
    )
  }
  return events
}

/** Appends a long order's events in one append: one transaction, one delivery to the panels. */
export async function appendLongOrder(
  eventStore: EventStore,
  orderId: string,
  count: number,
  sessionId: string,
): Promise<void> {
  const events = longOrderEvents(orderId, count).map((event) => ({ ...event, metadata: { sessionId } }))
  await eventStore.append(orderStreamId(orderId), events, { expectedVersion: 'no_stream' })
}

/** One point of the snapshot chart: loading the order at one length, with and without snapshots. */
export interface SnapshotMeasurement {
  readonly version: number
  readonly eventsReadWithout: number
  readonly eventsReadWith: number
  readonly millisecondsWithout: number
  readonly millisecondsWith: number
}

/** Loads per point and mode; the chart shows their median. */
const RUNS_PER_POINT = 5

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

/**
 * Loads an order as it was at `points` versions, five times each without and with snapshots,
 * and reports the events read and the median milliseconds. Snapshots due are taken first, as
 * loading would take them.
 */
export async function measureSnapshotLoads(
  eventStore: EventStore,
  streamId: string,
  snapshots: SnapshotStore,
  every: number,
  points: readonly number[],
  now: () => number = () => performance.now(),
): Promise<SnapshotMeasurement[]> {
  const policy = { store: snapshots, every: () => every, now: () => new Date().toISOString() }
  await loadOrderState(eventStore, streamId, policy)
  // Warm-up, untimed: the first read of a fresh stream pays for caches and pending renders.
  await loadOrderState(eventStore, streamId, null)
  const timed = async (load: () => ReturnType<typeof loadOrderState>) => {
    const times: number[] = []
    let eventsRead = 0
    for (let run = 0; run < RUNS_PER_POINT; run += 1) {
      const started = now()
      eventsRead = (await load()).eventsRead
      times.push(now() - started)
    }
    return { eventsRead, milliseconds: median(times) }
  }
  const measurements: SnapshotMeasurement[] = []
  for (const version of points) {
    const without = await timed(() => loadOrderState(eventStore, streamId, null, version))
    const withSnapshots = await timed(() => loadOrderState(eventStore, streamId, policy, version))
    measurements.push({
      version,
      eventsReadWithout: without.eventsRead,
      eventsReadWith: withSnapshots.eventsRead,
      millisecondsWithout: without.milliseconds,
      millisecondsWith: withSnapshots.milliseconds,
    })
  }
  return measurements
}

/**
 * Ten lengths spread over the stream, each one event short of a tenth (999, 1,999, ...): with an
 * interval that divides the tenths, that is the worst case, a whole interval less one to read
 * after the snapshot.
 */
export function measurementPoints(length: number, count = 10): number[] {
  const points = Array.from({ length: count }, (_, index) => Math.round(((index + 1) * length) / count) - 1)
  return [...new Set(points)].filter((point) => point > 0)
}

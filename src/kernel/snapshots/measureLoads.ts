import { streamIdOf, type AnyDomainModule } from '../domainModule'
import type { EventStore, JsonValue } from '../eventstore'
import type { SnapshotStore } from '../readside/derivedStorage'
import { loadStreamState } from './loadStream'

/** Appends a long stream's events (the module's `longStream`) in one append: one transaction, one delivery to the panels. */
export async function appendLongStream(
  module: AnyDomainModule,
  eventStore: EventStore,
  target: string,
  count: number,
  sessionId: string,
): Promise<void> {
  const long = module.longStream(target, count)
  if (long.length === 0) {
    throw new Error(
      `The snapshot lab times a long stream that the domain writes itself, and ${module.title} writes none (a learner's module does not). Its own streams are still snapshotted as they grow.`,
    )
  }
  const events = long.map((event: { type: string; data: unknown }) => ({
    type: event.type,
    data: event.data as JsonValue,
    metadata: { sessionId, schemaVersion: module.schemaVersion },
  }))
  await eventStore.append(streamIdOf(module, target), events, { expectedVersion: 'no_stream' })
}

/** One point of the snapshot chart: loading the stream at one length, with and without snapshots. */
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
 * Loads a stream as it was at `points` versions, five times each without and with snapshots,
 * and reports the events read and the median milliseconds. Snapshots due are taken first, as
 * loading would take them.
 */
export async function measureSnapshotLoads(
  module: AnyDomainModule,
  eventStore: EventStore,
  streamId: string,
  snapshots: SnapshotStore,
  every: number,
  points: readonly number[],
  now: () => number = () => performance.now(),
): Promise<SnapshotMeasurement[]> {
  const policy = { store: snapshots, every: () => every, now: () => new Date().toISOString() }
  await loadStreamState(module, eventStore, streamId, policy)
  // Warm-up, untimed: the first read of a fresh stream pays for caches and pending renders.
  await loadStreamState(module, eventStore, streamId, null)
  const timed = async (load: () => ReturnType<typeof loadStreamState>) => {
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
    const without = await timed(() => loadStreamState(module, eventStore, streamId, null, version))
    const withSnapshots = await timed(() => loadStreamState(module, eventStore, streamId, policy, version))
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

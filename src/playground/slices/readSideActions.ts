import { streamIdOf, type AnyDomainModule } from '../../kernel/domainModule'
import type { DerivedStorage } from '../../kernel/readside/derivedStorage'
import { eachReadModel, type ReadModels } from '../readModels'
import { appendLongStream, measurementPoints, measureSnapshotLoads } from '../../kernel/snapshots/measureLoads'
import type { PlaygroundState } from '../state'
import type { StoreActionContext } from './storeActionContext'

/** Point-in-time seeks and the snapshot lab. */
export function createReadSideActions(
  { eventStore, get, set, runStoreAction }: StoreActionContext,
  {
    derivedStorage,
    readModels,
    sessionId,
    domain,
  }: { derivedStorage: DerivedStorage; readModels: ReadModels; sessionId: string; domain: AnyDomainModule },
): Pick<PlaygroundState, 'seekToTime' | 'seekToOrderVersion' | 'measureLongOrder'> {
  return {
    seekToTime(isoTime) {
      const { log } = get()
      let position = log.length
      while (position > 0 && (log.eventAt(position)?.recordedAt ?? '') > isoTime) position -= 1
      get().pause()
      get().seek(position)
      return position
    },

    seekToOrderVersion(streamId, version) {
      const { log } = get()
      const event = log.streamEvents(streamId).find((candidate) => candidate.version === version)
      if (!event) return
      get().pause()
      set({ selectedStreamId: streamId })
      get().seek(event.position)
    },

    async measureLongOrder(count) {
      const orderId = `long-${get().eventCount + 1}`
      const streamId = streamIdOf(domain, orderId)
      const every = get().snapshotEvery
      set({ snapshotLab: { measuring: true, streamId, every, measurements: [] } })
      const ok = await runStoreAction(async () => {
        await appendLongStream(domain, eventStore, orderId, count, sessionId)
        // Timings are cleaner once the read models have applied the new events.
        await Promise.all(eachReadModel(readModels).map((runner) => runner.idle()))
        const measurements = await measureSnapshotLoads(
          domain,
          eventStore,
          streamId,
          derivedStorage,
          every,
          measurementPoints(count),
        )
        set({ snapshotLab: { measuring: false, streamId, every, measurements } })
        return `Wrote ${orderId} with ${count} events and timed loading it at ${measurements.length} lengths.`
      })
      if (!ok) set({ snapshotLab: { measuring: false, streamId: null, every, measurements: [] } })
    },
  }
}

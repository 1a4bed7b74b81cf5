import { streamIdOf } from '../../kernel/domainModule'
import type { OpenScratchStorage } from '../storage/openStorage'
import { appendLongStream, measurementPoints, measureSnapshotLoads } from '../../kernel/snapshots/measureLoads'
import type { PlaygroundState } from '../state'
import type { StoreActionContext } from './storeActionContext'

/** Point-in-time seeks and the snapshot lab (which measures in a scratch store). */
export function createReadSideActions(
  { get, set, runStoreAction }: StoreActionContext,
  { openScratch, sessionId }: { openScratch: OpenScratchStorage; sessionId: string },
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
      const { domain } = get()
      const orderId = `long-${count}`
      const streamId = streamIdOf(domain, orderId)
      const every = get().snapshotEvery
      set({ snapshotLab: { measuring: true, streamId, every, measurements: [] } })
      const ok = await runStoreAction(async () => {
        // A store of its own, thrown away afterwards: the learner's log never holds the long order.
        const scratch = openScratch()
        try {
          await appendLongStream(domain, scratch.eventStore, orderId, count, sessionId)
          const measurements = await measureSnapshotLoads(
            domain,
            scratch.eventStore,
            streamId,
            scratch.derivedStorage,
            every,
            measurementPoints(count),
          )
          set({ snapshotLab: { measuring: false, streamId, every, measurements } })
        } finally {
          await scratch.dispose()
        }
        return `Timed loading ${orderId} (${count} events) at ${measurementPoints(count).length} lengths, in a scratch store now thrown away: your log is unchanged.`
      }, 'snapshots')
      if (!ok) set({ snapshotLab: { measuring: false, streamId: null, every, measurements: [] } })
    },
  }
}

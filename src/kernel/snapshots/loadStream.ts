import type { AnyDomainModule, VersionedState } from '../domainModule'
import type { EventStore } from '../eventstore'
import type { SnapshotStore } from '../readside/derivedStorage'
import { replayStream } from '../replayStream'
import { foldTail } from './foldTail'

/** How an order is loaded with snapshots: where they are, how often to take one, and the time to stamp. */
export interface SnapshotPolicy {
  readonly store: SnapshotStore
  /** Take a snapshot every this many events per stream; 0 turns snapshots off. */
  readonly every: () => number
  readonly now: () => string
}

export interface StreamLoad {
  readonly state: VersionedState
  /** Events read from the store: the whole stream, or the tail after the snapshot. */
  readonly eventsRead: number
  /** The version of the snapshot the load started from, or null. */
  readonly snapshotVersion: number | null
}

/**
 * Loads a stream's state at its latest version (or at `toVersion`), folded by `module`: the
 * latest usable snapshot plus the events after it. A snapshot of another shape version is
 * ignored, and the snapshots due on the way are saved, so the next load reads less.
 */
export async function loadStreamState(
  module: AnyDomainModule,
  eventStore: EventStore,
  streamId: string,
  policy: SnapshotPolicy | null,
  toVersion?: number,
): Promise<StreamLoad> {
  const range = toVersion === undefined ? {} : { toVersion }
  if (!policy || policy.every() <= 0) {
    const events = await eventStore.readStream(streamId, range)
    return { state: replayStream(module, events) as VersionedState, eventsRead: events.length, snapshotVersion: null }
  }
  const found = await policy.store.latestSnapshot(streamId, toVersion)
  const snapshot = found?.shapeVersion === module.stateShapeVersion ? found : undefined
  const tail = await eventStore.readStream(streamId, { ...range, fromVersion: (snapshot?.version ?? 0) + 1 })
  const { state, due } = foldTail(module, snapshot ?? null, tail, policy.every())
  // An old-shape snapshot at the same version is overwritten here: that is its rebuild.
  if (due.length > 0) {
    const takenAt = policy.now()
    await policy.store.saveSnapshots(
      due.map((dueState) => ({
        streamId,
        version: dueState.version,
        shapeVersion: module.stateShapeVersion,
        state: dueState,
        takenAt,
      })),
    )
  }
  return { state, eventsRead: tail.length, snapshotVersion: snapshot?.version ?? null }
}

import type { AnyDomainModule, StoredEvent, VersionedState } from '../domainModule'
import { replayStoredEvent } from '../replayStream'

/** Take a snapshot every this many events per stream unless told otherwise. */
export const DEFAULT_SNAPSHOT_EVERY = 50

/** What a snapshot fold starts from: a usable snapshot's state and version, or nothing. */
export interface SnapshotStart {
  readonly state: VersionedState
  readonly version: number
}

/**
 * Folds a stream's tail onto a snapshot (or from the module's initial state) and collects the
 * states at every version that is a multiple of `every` past the start: the snapshots now due.
 * Pure: the caller reads the tail and saves what is due.
 */
export function foldTail(
  module: AnyDomainModule,
  start: SnapshotStart | null,
  tail: readonly StoredEvent[],
  every: number,
): { readonly state: VersionedState; readonly due: readonly VersionedState[] } {
  let state: VersionedState = start?.state ?? module.decider.initialState
  const due: VersionedState[] = []
  for (const event of tail) {
    state = replayStoredEvent(module, state, event)
    if (every > 0 && state.version % every === 0) due.push(state)
  }
  return { state, due }
}

import { initialOrderState, replayOrderEvent, type OrderState, type StoredOrderEvent } from '../../domains/order'

/**
 * The shape of OrderState that snapshots hold. Raise it whenever OrderState changes shape:
 * older snapshots are then ignored, and new ones are taken from the events.
 */
export const ORDER_STATE_SHAPE_VERSION = 1

/** Take a snapshot every this many events per stream unless told otherwise. */
export const DEFAULT_SNAPSHOT_EVERY = 50

/** What a snapshot fold starts from: a usable snapshot's state and version, or nothing. */
export interface SnapshotStart {
  readonly state: OrderState
  readonly version: number
}

/**
 * Folds a stream's tail onto a snapshot (or from the beginning) and collects the states at
 * every version that is a multiple of `every` past the start: the snapshots now due.
 * Pure: the caller reads the tail and saves what is due.
 */
export function foldTail(
  start: SnapshotStart | null,
  tail: readonly StoredOrderEvent[],
  every: number,
): { readonly state: OrderState; readonly due: readonly OrderState[] } {
  let state = start?.state ?? initialOrderState
  const due: OrderState[] = []
  for (const event of tail) {
    state = replayOrderEvent(state, event)
    if (every > 0 && state.version % every === 0) due.push(state)
  }
  return { state, due }
}

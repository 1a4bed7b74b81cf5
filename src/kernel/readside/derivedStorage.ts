import type { VersionedState } from '../domainModule'
import type { Savepoint } from '../timeline/savepoint'
import type { RowChange } from './projection'

/** A read model as storage knows it: its projection's name and version. A new version starts from empty. */
export interface ReadModelKey {
  readonly name: string
  readonly version: number
}

/** A read model as stored: its rows and the last position applied to them. */
export interface StoredReadModel {
  readonly rows: ReadonlyArray<readonly [key: string, row: unknown]>
  readonly checkpoint: number
}

/** A snapshot of one stream's state, taken at a version of its stream. */
export interface Snapshot {
  readonly streamId: string
  /** The stream version the state reflects: loading reads the events after it. */
  readonly version: number
  /** The shape of `state` when it was taken; a snapshot of another shape is ignored and rebuilt. */
  readonly shapeVersion: number
  readonly state: VersionedState
  readonly takenAt: string
}

/** Where snapshots are kept: any number per stream, one per version. */
export interface SnapshotStore {
  /** The snapshot with the highest version at or below `atOrBefore` (default: any version). */
  latestSnapshot(streamId: string, atOrBefore?: number): Promise<Snapshot | undefined>
  saveSnapshots(snapshots: readonly Snapshot[]): Promise<void>
  clearSnapshots(): Promise<void>
}

/**
 * Where derived data lives, apart from the events: read models with their checkpoints, and
 * snapshots. All of it can be thrown away and rebuilt from the log.
 */
export interface DerivedStorage extends SnapshotStore {
  /**
   * The stored rows and checkpoint of a read model. Rows kept by another version of its
   * projection are dropped first, so a changed projection rebuilds itself from position 0.
   */
  loadReadModel(model: ReadModelKey): Promise<StoredReadModel>
  /**
   * Writes the changes and moves the checkpoint from `from` to `to` in one transaction.
   * Resolves false, writing nothing, when the checkpoint is no longer `from` (another tab moved it).
   */
  commitReadModel(
    model: ReadModelKey,
    from: number,
    to: number,
    changes: readonly RowChange<unknown>[],
  ): Promise<boolean>
  /** Empties a read model and sets its checkpoint back to 0. */
  clearReadModel(model: ReadModelKey): Promise<void>
  /** The latest states saved for the next visit's first screen, if any (see savepoint.ts). */
  readSavepoint(): Promise<Savepoint | undefined>
  /** Replaces the saved savepoint; undefined forgets it. */
  saveSavepoint(savepoint: Savepoint | undefined): Promise<void>
}

/** Derived data in this tab's memory: for tests, and when IndexedDB is unavailable. */
export function createInMemoryDerivedStorage(): DerivedStorage {
  const tables = new Map<string, { rows: Map<string, unknown>; checkpoint: number; version: number }>()
  const table = (model: ReadModelKey) => {
    const known = tables.get(model.name)
    if (known?.version === model.version) return known
    const fresh = { rows: new Map<string, unknown>(), checkpoint: 0, version: model.version }
    tables.set(model.name, fresh)
    return fresh
  }
  const snapshots = new Map<string, Snapshot>()
  let savepoint: Savepoint | undefined
  const snapshotKey = (streamId: string, version: number) => `${streamId}@${version}`
  return {
    async loadReadModel(model) {
      const { rows, checkpoint } = table(model)
      return { rows: [...rows], checkpoint }
    },
    async commitReadModel(model, from, to, changes) {
      const stored = table(model)
      if (stored.checkpoint !== from) return false
      for (const change of changes) {
        if (change.row === null) stored.rows.delete(change.key)
        else stored.rows.set(change.key, change.row)
      }
      stored.checkpoint = to
      return true
    },
    async clearReadModel(model) {
      tables.set(model.name, { rows: new Map(), checkpoint: 0, version: model.version })
    },
    async latestSnapshot(streamId, atOrBefore = Number.MAX_SAFE_INTEGER) {
      let best: Snapshot | undefined
      for (const snapshot of snapshots.values()) {
        if (snapshot.streamId !== streamId || snapshot.version > atOrBefore) continue
        if (!best || snapshot.version > best.version) best = snapshot
      }
      return best
    },
    async saveSnapshots(list) {
      for (const snapshot of list) snapshots.set(snapshotKey(snapshot.streamId, snapshot.version), snapshot)
    },
    clearSnapshots: async () => snapshots.clear(),
    readSavepoint: async () => savepoint,
    saveSavepoint: async (saved) => {
      savepoint = saved
    },
  }
}

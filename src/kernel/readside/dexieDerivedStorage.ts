import Dexie, { type Table } from 'dexie'
import { closeOnVersionChange } from '../eventstore'
import type { DerivedStorage, ReadModelKey, Snapshot } from './derivedStorage'
import { readSavepoint, writeSavepoint, type SavepointRecord } from './savepointRecords'

/**
 * How many rows a commit writes in one task: IndexedDB copies each on the main thread, and 500
 * orders of a million events' log (a hundred lines each) held it 50–116 ms a write.
 */
const ROWS_PER_WRITE = 100

/** One row of one read model. */
interface RowRecord {
  readonly model: string
  readonly key: string
  readonly row: unknown
}
/** A read model's checkpoint, and the version of the projection that wrote its rows. */
interface CheckpointRecord {
  readonly model: string
  readonly position: number
  readonly version?: number
}

class DerivedDatabase extends Dexie {
  rows!: Table<RowRecord, [string, string]>
  checkpoints!: Table<CheckpointRecord, string>
  snapshots!: Table<Snapshot, [string, number]>
  /** The latest savepoint only: a header and its parts (savepointRecords.ts). */
  savepoints!: Table<SavepointRecord, string>

  constructor(name: string, indexedDB?: IDBFactory) {
    super(name, indexedDB ? { indexedDB } : {})
    // Version 1 kept a table per read model, so each new read model needed a new database version.
    this.version(1).stores({
      orderSummary: 'key',
      salesReport: 'key',
      customerHistory: 'key',
      checkpoints: 'model',
      snapshots: '[streamId+version]',
    })
    // Version 2: one rows table for every read model. The old tables go; their read models rebuild
    // from the events (which live in another database and are not touched).
    this.version(2)
      .stores({
        orderSummary: null,
        salesReport: null,
        customerHistory: null,
        rows: '[model+key]',
        checkpoints: 'model',
        snapshots: '[streamId+version]',
      })
      .upgrade((transaction) => transaction.table('checkpoints').clear())
    // Version 3: the latest states, saved for the next visit's first screen.
    this.version(3).stores({ savepoints: 'key' })
  }
}

/**
 * Read models and snapshots in their own IndexedDB database, apart from the events: every read
 * model's rows in one table keyed by [model, key], checkpoints beside them (with the projection's
 * version), committed in one transaction with the rows. A new read model needs no new database
 * version, and a changed projection version empties its rows, so it rebuilds itself.
 */
export function createDexieDerivedStorage(
  databaseName: string,
  indexedDB?: IDBFactory,
  /** Another tab is upgrading this database: it is closed, and the page should be reloaded. */
  onVersionChange?: () => void,
): DerivedStorage {
  const db = new DerivedDatabase(databaseName, indexedDB)
  closeOnVersionChange(db, onVersionChange)
  const rowsOf = (model: ReadModelKey) =>
    db.rows.where('[model+key]').between([model.name, Dexie.minKey], [model.name, Dexie.maxKey], true, true)
  const clear = async (model: ReadModelKey) => {
    await rowsOf(model).delete()
    await db.checkpoints.put({ model: model.name, position: 0, version: model.version })
  }
  /** The checkpoint, after dropping rows another projection version wrote. */
  const checkpointOf = async (model: ReadModelKey) => {
    const stored = await db.checkpoints.get(model.name)
    if (stored && stored.version === model.version) return stored.position
    if (stored || (await rowsOf(model).count()) > 0) await clear(model)
    return 0
  }

  return {
    loadReadModel: (model) =>
      db.transaction('rw', db.rows, db.checkpoints, async () => {
        const checkpoint = await checkpointOf(model)
        const records = await rowsOf(model).toArray()
        return { rows: records.map((record) => [record.key, record.row] as const), checkpoint }
      }),

    commitReadModel: (model, from, to, changes) =>
      db.transaction('rw', db.rows, db.checkpoints, async () => {
        if ((await checkpointOf(model)) !== from) return false
        // Applied one by one, the last change to a key decides: keep only that one.
        const last = new Map(changes.map((change) => [change.key, change]))
        const final = [...last.values()]
        await db.rows.bulkDelete(
          final.filter((change) => change.row === null).map((change) => [model.name, change.key] as [string, string]),
        )
        // In slices, a task each: IndexedDB serialises every record on the main thread.
        const puts = final.filter((change) => change.row !== null)
        for (let start = 0; start < puts.length; start += ROWS_PER_WRITE) {
          const slice = puts.slice(start, start + ROWS_PER_WRITE)
          await db.rows.bulkPut(slice.map((change) => ({ model: model.name, key: change.key, row: change.row })))
        }
        await db.checkpoints.put({ model: model.name, position: to, version: model.version })
        return true
      }),

    clearReadModel: (model) => db.transaction('rw', db.rows, db.checkpoints, () => clear(model)),

    latestSnapshot: (streamId, atOrBefore = Number.MAX_SAFE_INTEGER) =>
      db.snapshots.where('[streamId+version]').between([streamId, 0], [streamId, atOrBefore], true, true).last(),
    saveSnapshots: (snapshots) => db.snapshots.bulkPut([...snapshots]).then(() => undefined),
    clearSnapshots: () => db.snapshots.clear(),
    readSavepoint: () => readSavepoint(db.savepoints),
    saveSavepoint: (savepoint) => (savepoint ? writeSavepoint(db.savepoints, savepoint) : db.savepoints.clear()),
  }
}

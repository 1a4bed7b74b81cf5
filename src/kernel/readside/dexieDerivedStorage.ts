import Dexie, { type Table } from 'dexie'
import { closeOnVersionChange } from '../eventstore'
import type { DerivedStorage, OrderSnapshot, ReadModelName } from './derivedStorage'

interface RowRecord {
  readonly key: string
  readonly row: unknown
}
interface CheckpointRecord {
  readonly model: ReadModelName
  readonly position: number
}

class DerivedDatabase extends Dexie {
  orderSummary!: Table<RowRecord, string>
  salesReport!: Table<RowRecord, string>
  customerHistory!: Table<RowRecord, string>
  checkpoints!: Table<CheckpointRecord, ReadModelName>
  snapshots!: Table<OrderSnapshot, [string, number]>

  constructor(name: string, indexedDB?: IDBFactory) {
    super(name, indexedDB ? { indexedDB } : {})
    this.version(1).stores({
      orderSummary: 'key',
      salesReport: 'key',
      customerHistory: 'key',
      checkpoints: 'model',
      snapshots: '[streamId+version]',
    })
  }
}

/**
 * Read models and snapshots in their own IndexedDB database, apart from the events: each read
 * model in its own table, checkpoints beside them, committed in one transaction with the rows.
 */
export function createDexieDerivedStorage(
  databaseName: string,
  indexedDB?: IDBFactory,
  /** Another tab is upgrading this database: it is closed, and the page should be reloaded. */
  onVersionChange?: () => void,
): DerivedStorage {
  const db = new DerivedDatabase(databaseName, indexedDB)
  closeOnVersionChange(db, onVersionChange)
  const tableOf = (model: ReadModelName): Table<RowRecord, string> => db[model]
  const checkpointOf = async (model: ReadModelName) => (await db.checkpoints.get(model))?.position ?? 0

  return {
    loadReadModel: (model) =>
      db.transaction('r', tableOf(model), db.checkpoints, async () => {
        const [records, checkpoint] = await Promise.all([tableOf(model).toArray(), checkpointOf(model)])
        return { rows: records.map((record) => [record.key, record.row] as const), checkpoint }
      }),

    commitReadModel: (model, from, to, changes) =>
      db.transaction('rw', tableOf(model), db.checkpoints, async () => {
        if ((await checkpointOf(model)) !== from) return false
        // Applied one by one, the last change to a key decides: keep only that one.
        const last = new Map(changes.map((change) => [change.key, change]))
        const final = [...last.values()]
        await tableOf(model).bulkDelete(final.filter((change) => change.row === null).map((change) => change.key))
        await tableOf(model).bulkPut(
          final.filter((change) => change.row !== null).map((change) => ({ key: change.key, row: change.row })),
        )
        await db.checkpoints.put({ model, position: to })
        return true
      }),

    clearReadModel: (model) =>
      db.transaction('rw', tableOf(model), db.checkpoints, async () => {
        await tableOf(model).clear()
        await db.checkpoints.put({ model, position: 0 })
      }),

    latestSnapshot: (streamId, atOrBefore = Number.MAX_SAFE_INTEGER) =>
      db.snapshots.where('[streamId+version]').between([streamId, 0], [streamId, atOrBefore], true, true).last(),
    saveSnapshots: (snapshots) => db.snapshots.bulkPut([...snapshots]).then(() => undefined),
    clearSnapshots: () => db.snapshots.clear(),
  }
}

import Dexie, { type Table } from 'dexie'
import { closeOnVersionChange } from '../../kernel/eventstore'

/** One module a learner wrote in the Build view, as it is kept. */
export interface LearnerModuleRecord {
  readonly id: string
  /** What the editor holds now, run or not. */
  readonly source: string
  /** The last version that ran: what the playground loads, even while the editor holds a broken one. */
  readonly runningSource: string | null
  /** ISO-8601: the list shows the most recently edited first. */
  readonly updatedAt: string
}

/** Where learner modules are kept: IndexedDB beside the events, or memory. */
export interface LearnerModuleStore {
  list(): Promise<LearnerModuleRecord[]>
  save(record: LearnerModuleRecord): Promise<void>
  remove(id: string): Promise<void>
}

export function createInMemoryLearnerModuleStore(initial: readonly LearnerModuleRecord[] = []): LearnerModuleStore {
  const records = new Map(initial.map((record) => [record.id, record]))
  return {
    list: async () => [...records.values()],
    save: async (record) => void records.set(record.id, record),
    remove: async (id) => void records.delete(id),
  }
}

class LearnerModuleDatabase extends Dexie {
  modules!: Table<LearnerModuleRecord, string>

  constructor(name: string) {
    super(name)
    this.version(1).stores({ modules: 'id' })
  }
}

/** Learner modules in their own IndexedDB database, apart from the events: they survive a reload and a reset of the store. */
export function createDexieLearnerModuleStore(databaseName: string, onVersionChange?: () => void): LearnerModuleStore {
  const db = new LearnerModuleDatabase(databaseName)
  closeOnVersionChange(db, onVersionChange)
  return {
    list: () => db.modules.toArray(),
    save: async (record) => void (await db.modules.put(record)),
    remove: (id) => db.modules.delete(id),
  }
}

/** The Dexie store when IndexedDB opens, else memory (a learner can still build, for this tab); and what it holds. */
export async function openLearnerModuleStore(
  databaseName: string,
  indexedDb: IDBFactory | null = globalThis.indexedDB ?? null,
): Promise<{ store: LearnerModuleStore; records: LearnerModuleRecord[] }> {
  const inMemory = () => ({ store: createInMemoryLearnerModuleStore(), records: [] })
  if (!indexedDb) return inMemory()
  const store = createDexieLearnerModuleStore(databaseName)
  try {
    return { store, records: await store.list() }
  } catch {
    return inMemory()
  }
}

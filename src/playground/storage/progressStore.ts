import Dexie, { type Table } from 'dexie'
import { closeOnVersionChange } from '../../kernel/eventstore'
import type { ExerciseRecord, LearnerActivity } from '../../kernel/learn/types'

/** One exercise's saved progress: where it was last reset, and the learner's answers. */
export type ProgressRecord = ExerciseRecord

/** Where exercise progress is kept: IndexedDB in the app, memory in tests. */
export interface ProgressStore {
  load(): Promise<{ records: ProgressRecord[]; activity: LearnerActivity[] }>
  saveRecord(record: ProgressRecord): Promise<void>
  addActivity(entry: LearnerActivity): Promise<void>
  clear(): Promise<void>
}

export function createInMemoryProgressStore(): ProgressStore {
  const records = new Map<string, ProgressRecord>()
  const activity: LearnerActivity[] = []
  return {
    load: async () => ({ records: [...records.values()], activity: [...activity] }),
    saveRecord: async (record) => void records.set(record.exerciseId, record),
    addActivity: async (entry) => void activity.push(entry),
    clear: async () => {
      records.clear()
      activity.length = 0
    },
  }
}

class ProgressDatabase extends Dexie {
  exercises!: Table<ProgressRecord, string>
  activity!: Table<LearnerActivity & { id?: number }, number>

  constructor(name: string) {
    super(name)
    this.version(1).stores({ exercises: 'exerciseId', activity: '++id' })
  }
}

/** Progress in its own IndexedDB database, apart from the event store. */
export function createDexieProgressStore(
  databaseName: string,
  /** Another tab is upgrading this database: it is closed, and the page should be reloaded. */
  onVersionChange?: () => void,
): ProgressStore {
  const db = new ProgressDatabase(databaseName)
  closeOnVersionChange(db, onVersionChange)
  return {
    async load() {
      const [records, activity] = await Promise.all([db.exercises.toArray(), db.activity.orderBy('id').toArray()])
      return { records, activity: activity.map(({ kind, streamId, position }) => ({ kind, streamId, position })) }
    },
    saveRecord: async (record) => void (await db.exercises.put(record)),
    addActivity: async (entry) => void (await db.activity.add({ ...entry })),
    clear: () =>
      db
        .transaction('rw', db.exercises, db.activity, () => Promise.all([db.exercises.clear(), db.activity.clear()]))
        .then(() => undefined),
  }
}

import { createStore, type StoreApi } from 'zustand/vanilla'
import type { LearnerActivity, ProgressInFile } from '../../kernel/learn/types'
import type { ProgressRecord, ProgressStore } from '../storage/progressStore'

export interface ExerciseProgressState {
  readonly loaded: boolean
  readonly records: Readonly<Record<string, ProgressRecord>>
  readonly activity: readonly LearnerActivity[]
  /** A message when saving or loading progress failed. */
  readonly error: string | null
  start(): Promise<void>
  setAnswer(exerciseId: string, field: string, value: string): void
  /** The exercise starts again: only what happens after `position` counts. */
  resetExercise(exerciseId: string, position: number): void
  record(entry: LearnerActivity): void
  clearAll(): Promise<void>
  /**
   * Takes in the progress an imported log carried, its positions moved by `offset` (where the
   * file's events now sit). Replacing, it is the whole progress; adding, an exercise the learner
   * has progress of keeps its own.
   */
  restore(progress: ProgressInFile, offset: number, replace: boolean): Promise<void>
}

export type ExerciseProgress = StoreApi<ExerciseProgressState>

const emptyRecord = (exerciseId: string): ProgressRecord => ({ exerciseId, sincePosition: 0, answers: {} })

/** Learner progress through the exercises, saved as it changes. */
export function createExerciseProgress(store: ProgressStore): ExerciseProgress {
  return createStore<ExerciseProgressState>()((set, get) => {
    const save = (promise: Promise<void>) =>
      promise.catch((error: unknown) => set({ error: `Progress could not be saved: ${String(error)}` }))
    const update = (record: ProgressRecord) => {
      set({ records: { ...get().records, [record.exerciseId]: record } })
      void save(store.saveRecord(record))
    }
    return {
      loaded: false,
      records: {},
      activity: [],
      error: null,
      async start() {
        try {
          const { records, activity } = await store.load()
          set({ loaded: true, records: Object.fromEntries(records.map((r) => [r.exerciseId, r])), activity })
        } catch (error) {
          set({ loaded: true, error: `Progress could not be loaded: ${String(error)}` })
        }
      },
      setAnswer(exerciseId, field, value) {
        const record = get().records[exerciseId] ?? emptyRecord(exerciseId)
        update({ ...record, answers: { ...record.answers, [field]: value } })
      },
      resetExercise(exerciseId, position) {
        update({ exerciseId, sincePosition: position, answers: {} })
      },
      record(entry) {
        set({ activity: [...get().activity, entry] })
        void save(store.addActivity(entry))
      },
      async clearAll() {
        set({ records: {}, activity: [] })
        await save(store.clear())
      },
      async restore(progress, offset, replace) {
        if (replace) await get().clearAll()
        const kept = get().records
        const records = progress.records
          .filter((record) => !(record.exerciseId in kept))
          .map((record) => ({ ...record, sincePosition: record.sincePosition + offset }))
        const activity = progress.activity.map((entry) => ({ ...entry, position: entry.position + offset }))
        set({
          records: { ...kept, ...Object.fromEntries(records.map((record) => [record.exerciseId, record])) },
          activity: [...get().activity, ...activity],
        })
        await save(Promise.all([...records.map(store.saveRecord), ...activity.map(store.addActivity)]).then(() => {}))
      },
    }
  })
}

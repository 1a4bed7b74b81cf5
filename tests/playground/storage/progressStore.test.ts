import { describe, expect, it } from 'vitest'
import { createExerciseProgress } from '../../../src/playground/slices/exerciseProgress'
import {
  createDexieProgressStore,
  createInMemoryProgressStore,
  type ProgressStore,
} from '../../../src/playground/storage/progressStore'

let count = 0
const adapters: [string, () => ProgressStore][] = [
  ['in memory', () => createInMemoryProgressStore()],
  ['Dexie', () => createDexieProgressStore(`progress-${process.pid}-${++count}`)],
]

describe.each(adapters)('exercise progress (%s)', (_, createStore) => {
  it('saves answers, resets and activity, and loads them again', async () => {
    const store = createStore()
    const progress = createExerciseProgress(store)
    await progress.getState().start()
    progress.getState().setAnswer('query-history', 'item', 'pear')
    progress.getState().setAnswer('query-history', 'version', '5')
    progress.getState().resetExercise('create-orders', 12)
    progress.getState().record({ kind: 'conflict', streamId: 'Order-ex6-race', position: 14 })
    await new Promise((resolve) => setTimeout(resolve, 20))

    const reopened = createExerciseProgress(store)
    await reopened.getState().start()
    expect(reopened.getState().records['query-history']?.answers).toEqual({ item: 'pear', version: '5' })
    expect(reopened.getState().records['create-orders']).toEqual({
      exerciseId: 'create-orders',
      sincePosition: 12,
      answers: {},
    })
    expect(reopened.getState().activity).toEqual([{ kind: 'conflict', streamId: 'Order-ex6-race', position: 14 }])

    await reopened.getState().clearAll()
    const afterClear = createExerciseProgress(store)
    await afterClear.getState().start()
    expect(afterClear.getState().records).toEqual({})
    expect(afterClear.getState().activity).toEqual([])
  })
})

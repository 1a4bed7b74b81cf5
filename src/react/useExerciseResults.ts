import { useMemo } from 'react'
import { useProgress } from './useProgress'
import type { Exercise, ExerciseResult } from '../kernel/learn/types'
import { useDomain, usePlayground } from './PlaygroundProvider'

export interface ExerciseView {
  readonly exercise: Exercise
  readonly result: ExerciseResult
  readonly answers: Readonly<Record<string, string>>
  readonly question: string | null
}

/** Every exercise checked against the whole log, the learner's answers and activity since its reset. */
export function useExerciseResults(): readonly ExerciseView[] {
  const exercises = useDomain().exercises as readonly Exercise[]
  const log = usePlayground((state) => state.log)
  const records = useProgress((state) => state.records)
  const activity = useProgress((state) => state.activity)
  return useMemo(
    () =>
      exercises.map((exercise) => {
        const record = records[exercise.id]
        const since = record?.sincePosition ?? 0
        const allEvents = log.events
        const answers = record?.answers ?? {}
        const result = exercise.check({
          events: allEvents.slice(since),
          allEvents,
          answers,
          activity: activity.filter((entry) => entry.position > since),
        })
        return { exercise, result, answers, question: exercise.question?.(allEvents) ?? null }
      }),
    [exercises, log, records, activity],
  )
}

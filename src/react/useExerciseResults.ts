import { useMemo } from 'react'
import { useProgress } from './useProgress'
import type { Exercise, ExerciseAttempt, ExerciseResult } from '../kernel/learn/types'
import { currentAttempt } from '../kernel/learn/attempt'
import { useDomain, usePlayground } from './PlaygroundProvider'

export interface ExerciseView {
  readonly exercise: Exercise
  readonly result: ExerciseResult
  readonly answers: Readonly<Record<string, string>>
  readonly question: string | null
  /** Which go at it this is: the card's ids are this attempt's. */
  readonly attempt: ExerciseAttempt
}

/** Every exercise checked against the whole log, the learner's answers and activity since its reset. */
export function useExerciseResults(): readonly ExerciseView[] {
  const domain = useDomain()
  const exercises = domain.exercises as readonly Exercise[]
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
        const attempt = currentAttempt(domain, exercise.ids, allEvents, since)
        const result = exercise.check({
          events: allEvents.slice(since),
          allEvents,
          answers,
          activity: activity.filter((entry) => entry.position > since),
          attempt,
        })
        return { exercise, result, answers, attempt, question: exercise.question?.(allEvents, attempt) ?? null }
      }),
    [domain, exercises, log, records, activity],
  )
}

import { useMemo } from 'react'
import { useStore } from 'zustand'
import { EXERCISES, type Exercise, type ExerciseResult } from '../domains/order/exercises'
import { usePlayground } from './PlaygroundProvider'

export interface ExerciseView {
  readonly exercise: Exercise
  readonly result: ExerciseResult
  readonly answers: Readonly<Record<string, string>>
  readonly question: string | null
}

/** Every exercise checked against the whole log, the learner's answers and activity since its reset. */
export function useExerciseResults(): readonly ExerciseView[] {
  const timeline = usePlayground((state) => state.timeline)
  const eventCount = usePlayground((state) => state.eventCount)
  const progress = usePlayground((state) => state.progress)
  const records = useStore(progress, (state) => state.records)
  const activity = useStore(progress, (state) => state.activity)
  return useMemo(
    () =>
      EXERCISES.map((exercise) => {
        const record = records[exercise.id]
        const since = record?.sincePosition ?? 0
        const allEvents = timeline.events
        const answers = record?.answers ?? {}
        const result = exercise.check({
          events: allEvents.slice(since),
          allEvents,
          answers,
          activity: activity.filter((entry) => entry.position > since),
        })
        return { exercise, result, answers, question: exercise.question?.(allEvents) ?? null }
      }),
    // eventCount: the timeline's events grow in place, so check again when they do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [timeline, eventCount, records, activity],
  )
}

import { useMemo } from 'react'
import { useProgress } from './useProgress'
import type { Exercise, ExerciseAttempt, ExerciseResult, LearnerActivity } from '../kernel/learn/types'
import type { AnyDomainModule } from '../kernel/domainModule'
import type { RecordedEvent } from '../kernel/eventstore'
import { currentAttempt } from '../kernel/learn/attempt'
import type { ExerciseRecord } from '../kernel/learn/types'
import { useDomain, usePlayground } from './PlaygroundProvider'

export interface ExerciseView {
  readonly exercise: Exercise
  readonly result: ExerciseResult
  readonly answers: Readonly<Record<string, string>>
  readonly question: string | null
  /** Which go at it this is: the card's ids are this attempt's. */
  readonly attempt: ExerciseAttempt
}

/** One exercise checked against the whole log, the learner's answers and activity since its reset. */
function checkExercise(
  domain: AnyDomainModule,
  exercise: Exercise,
  allEvents: readonly RecordedEvent[],
  record: ExerciseRecord | undefined,
  activity: readonly LearnerActivity[],
): ExerciseView {
  const since = record?.sincePosition ?? 0
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
}

/** Every exercise, checked (the Exercises view). */
export function useExerciseResults(): readonly ExerciseView[] {
  const domain = useDomain()
  const exercises = domain.exercises as readonly Exercise[]
  const log = usePlayground((state) => state.log)
  const records = useProgress((state) => state.records)
  const activity = useProgress((state) => state.activity)
  return useMemo(
    () => exercises.map((exercise) => checkExercise(domain, exercise, log.events, records[exercise.id], activity)),
    [domain, exercises, log, records, activity],
  )
}

/** One exercise, checked; null when the domain has none of that id. Only it is checked as events arrive. */
export function useExerciseResult(exerciseId: string): ExerciseView | null {
  const domain = useDomain()
  const exercise = (domain.exercises as readonly Exercise[]).find((candidate) => candidate.id === exerciseId)
  const log = usePlayground((state) => state.log)
  const record = useProgress((state) => state.records[exerciseId])
  const activity = useProgress((state) => state.activity)
  return useMemo(
    () => (exercise ? checkExercise(domain, exercise, log.events, record, activity) : null),
    [domain, exercise, log, record, activity],
  )
}

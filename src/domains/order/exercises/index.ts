import { exercise1, exercise2, exercise3, exercise4, exercise7 } from './ordersExercises'
import { exercise5, exercise6, exercise8 } from './questionExercises'
import type { Exercise } from '../../../kernel/learn/types'

export type {
  AnswerField,
  Exercise,
  ExerciseInput,
  ExerciseResult,
  ExerciseStatus,
  LearnerActivity,
} from '../../../kernel/learn/types'

/** The learning path, in order. */
export const EXERCISES: readonly Exercise[] = [
  exercise1,
  exercise2,
  exercise3,
  exercise4,
  exercise5,
  exercise6,
  exercise7,
  exercise8,
]

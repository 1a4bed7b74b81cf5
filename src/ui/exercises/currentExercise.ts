import { useRememberedValue } from '../../uikit/useRememberedValue'

const KEY = 'playground.currentExercise'

/** The exercise chosen with Work on this (its id), or '' when none: shown docked beside the work. */
export function useCurrentExerciseId(ids: readonly string[]): [string, (id: string) => void] {
  return useRememberedValue<string>(KEY, ['', ...ids], '')
}

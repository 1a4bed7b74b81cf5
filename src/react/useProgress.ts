import { useStore } from 'zustand'
import type { ExerciseProgressState } from '../playground/slices/exerciseProgress'
import { usePlayground } from './PlaygroundProvider'

/** Reads the learner's exercise progress through a selector. */
export function useProgress<T>(selector: (state: ExerciseProgressState) => T): T {
  return useStore(
    usePlayground((state) => state.progress),
    selector,
  )
}

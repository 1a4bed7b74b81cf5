import { useCallback } from 'react'
import { useStore } from 'zustand'
import type { CommandSessionState } from '../playground/slices/commandSession'
import { sessionOf } from '../playground/slices/sessionActions'
import type { RaceStep } from '../playground/slices/raceRecorder'
import type { SessionName } from '../playground/state'
import { usePlayground } from './PlaygroundProvider'

const useSessionStore = (name: SessionName) => usePlayground((state) => sessionOf(state, name))

/** Reads a command session's state (this tab's, or a lab pane's) through a selector. */
export function useSession<T>(name: SessionName, selector: (state: CommandSessionState) => T): T {
  return useStore(useSessionStore(name), selector)
}

/** A reader of the session's state as it is when called: for a timer that must see what happened since it was set. */
export function useSessionNow(name: SessionName): () => CommandSessionState {
  const store = useSessionStore(name)
  return useCallback(() => store.getState(), [store])
}

/** The conflict lab's steps, in the order they happened. */
export function useRaceSteps(): readonly RaceStep[] {
  return useStore(
    usePlayground((state) => state.lab.recorder),
    (state) => state.steps,
  )
}

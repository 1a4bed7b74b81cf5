import { useStore } from 'zustand'
import type { CommandSession, CommandSessionState } from '../playground/slices/commandSession'

/** Reads a command session's state through a selector. */
export function useSession<T>(session: CommandSession, selector: (state: CommandSessionState) => T): T {
  return useStore(session, selector)
}

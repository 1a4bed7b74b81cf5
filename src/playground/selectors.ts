import type { PlaygroundState } from './state'

/** The position every panel shows: the cursor, or the last event when live. */
export const selectPosition = (state: PlaygroundState): number => state.cursor ?? state.eventCount
export const selectIsLive = (state: PlaygroundState): boolean => state.cursor === null

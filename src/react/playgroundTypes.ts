/**
 * The playground's types and constants the panels name, handed on by the binding: src/ui reaches
 * the app through src/react only, so a panel never imports src/playground.
 */
export { REPLAY_SPEEDS, type ReplaySpeed } from '../playground/createPlayground'
export type { EventFilters, PlaygroundState, SessionName, StoreMessageOrigin } from '../playground/state'
export type { Refusal } from '../playground/slices/commandSession'
export type { RaceStep } from '../playground/slices/raceRecorder'
export type { Persistence } from '../playground/storage/openStorage'
export type { SharedStoreStatus } from '../playground/storage/sharedStoreConnection'

import { createStore, type StoreApi } from 'zustand/vanilla'

/** One step of a command's life in one session, for the race diagram. */
export interface RaceStep {
  /** Order of occurrence across every session sharing the recorder. */
  readonly sequence: number
  readonly session: string
  /** The target of the stream it acted on (lab-order-1). */
  readonly target: string
  readonly kind: 'read' | 'decide' | 'append'
  /** What happened, in a few words: "v2", "AddItem", "ok → v3", "conflict: store at v3". */
  readonly detail: string
  readonly result: 'ok' | 'conflict' | 'rejected'
}

export interface RaceRecorderState {
  readonly steps: readonly RaceStep[]
  record(step: Omit<RaceStep, 'sequence'>): void
  clear(): void
}

export type RaceRecorder = StoreApi<RaceRecorderState>

/** Records read → decide → append steps of several sessions in the order they happened. */
export function createRaceRecorder(): RaceRecorder {
  return createStore<RaceRecorderState>()((set, get) => ({
    steps: [],
    record: (step) => set({ steps: [...get().steps, { ...step, sequence: get().steps.length + 1 }] }),
    clear: () => set({ steps: [] }),
  }))
}

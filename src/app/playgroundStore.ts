import { createStore, type StoreApi } from 'zustand/vanilla'
import { orderStreamId, type OrderCommand } from '../domain/order'
import type { EventStore, RecordedEvent } from '../eventstore'
import { Timeline } from '../replay/timeline'
import { describeCommandError } from './describeError'
import { handleOrderCommand } from './orderCommands'
import { loadSample } from './samples'

export type LoadStatus = 'loading' | 'ready' | 'failed'

/** Replay speeds offered, as multiples of one event per second. */
export const REPLAY_SPEEDS = [0.5, 1, 2, 4, 8] as const
export type ReplaySpeed = (typeof REPLAY_SPEEDS)[number]
/** How long one replay step takes at 1×. */
export const STEP_MILLISECONDS_AT_1X = 1000

export interface EventFilters {
  /** A stream id, or '' for every stream. */
  readonly streamId: string
  /** An event type, or '' for every type. */
  readonly type: string
  /** Free text matched against the stream, type, id and data. */
  readonly text: string
}

export interface PlaygroundState {
  readonly sessionId: string
  readonly loadStatus: LoadStatus
  /** Every event, folded for time travel. Replaced (not mutated) only when the store is cleared. */
  readonly timeline: Timeline
  /** How many events the timeline holds; changes whenever events arrive. */
  readonly eventCount: number
  /** The time-travel position; null means live (following every new event). */
  readonly cursor: number | null
  readonly selectedStreamId: string | null
  /** The event whose envelope is shown in full. */
  readonly selectedPosition: number | null
  readonly filters: EventFilters
  readonly playing: boolean
  readonly speed: ReplaySpeed
  readonly commandError: string | null
  readonly notice: string | null
  readonly pending: boolean

  start(): () => void
  send(command: OrderCommand): Promise<boolean>
  reportError(message: string): void
  dismissError(): void
  seek(position: number): void
  goLive(): void
  stepBy(delta: number): void
  play(): void
  pause(): void
  setSpeed(speed: ReplaySpeed): void
  selectOrder(streamId: string | null): void
  selectEvent(position: number | null): void
  setFilters(filters: Partial<EventFilters>): void
  loadSample(): Promise<void>
  resetStore(): Promise<void>
}

export type PlaygroundStore = StoreApi<PlaygroundState>

export const NO_FILTERS: EventFilters = { streamId: '', type: '', text: '' }

/** A fresh app store around an event store: one per page, and one per test. */
export function createPlaygroundStore(eventStore: EventStore, sessionId: string): PlaygroundStore {
  let playTimer: ReturnType<typeof setInterval> | undefined

  return createStore<PlaygroundState>()((set, get) => {
    const receive = (events: readonly RecordedEvent[]) => {
      const { timeline } = get()
      timeline.append(events)
      set({ eventCount: timeline.length })
    }

    const stopTimer = () => {
      if (playTimer !== undefined) clearInterval(playTimer)
      playTimer = undefined
    }

    const startTimer = () => {
      stopTimer()
      playTimer = setInterval(() => {
        const { cursor, eventCount } = get()
        if (cursor === null || cursor >= eventCount - 1) {
          stopTimer()
          set({ cursor: null, playing: false })
        } else {
          set({ cursor: cursor + 1 })
        }
      }, STEP_MILLISECONDS_AT_1X / get().speed)
    }

    const runCommand = async (work: () => Promise<void>): Promise<boolean> => {
      set({ pending: true, notice: null })
      try {
        await work()
        set({ commandError: null, pending: false })
        return true
      } catch (error) {
        set({ commandError: describeCommandError(error), pending: false })
        return false
      }
    }

    return {
      sessionId,
      loadStatus: 'loading',
      timeline: new Timeline(),
      eventCount: 0,
      cursor: null,
      selectedStreamId: null,
      selectedPosition: null,
      filters: NO_FILTERS,
      playing: false,
      speed: 1,
      commandError: null,
      notice: null,
      pending: false,

      start() {
        let stopped = false
        let loaded = false
        const early: RecordedEvent[] = []
        // Subscribe first, then read: whatever lands in between arrives through one or the other.
        const unsubscribe = eventStore.subscribe((events) => {
          if (loaded) receive(events)
          else early.push(...events)
        })
        const unsubscribeCleared = eventStore.onCleared(() => {
          stopTimer()
          set({
            timeline: new Timeline(),
            eventCount: 0,
            cursor: null,
            selectedStreamId: null,
            selectedPosition: null,
            playing: false,
          })
        })
        eventStore
          .readAll()
          .then((stored) => {
            if (stopped) return
            loaded = true
            receive([...stored, ...early.filter((event) => event.position > stored.length)])
            set({ loadStatus: 'ready' })
          })
          .catch((error: unknown) => set({ loadStatus: 'failed', commandError: describeCommandError(error) }))
        return () => {
          stopped = true
          stopTimer()
          unsubscribe()
          unsubscribeCleared()
        }
      },

      send(command) {
        return runCommand(async () => {
          await handleOrderCommand(eventStore, command, { sessionId })
          set({ selectedStreamId: orderStreamId(command.orderId) })
        })
      },

      reportError: (message) => set({ commandError: message, notice: null }),
      dismissError: () => set({ commandError: null }),

      seek(position) {
        const { eventCount } = get()
        const target = Math.max(0, Math.min(Math.round(position), eventCount))
        set({ cursor: target >= eventCount ? null : target })
      },

      goLive() {
        stopTimer()
        set({ cursor: null, playing: false })
      },

      stepBy(delta) {
        const { cursor, eventCount } = get()
        get().seek((cursor ?? eventCount) + delta)
      },

      play() {
        const { cursor, eventCount } = get()
        if (eventCount === 0) return
        // From live there is nothing ahead, so play replays the whole log from the start.
        set({ playing: true, cursor: cursor === null ? 0 : cursor })
        startTimer()
      },

      pause() {
        stopTimer()
        set({ playing: false })
      },

      setSpeed(speed) {
        set({ speed })
        if (get().playing) startTimer()
      },

      selectOrder: (streamId) => set({ selectedStreamId: streamId }),
      selectEvent: (position) => set({ selectedPosition: position }),
      setFilters: (filters) => set({ filters: { ...get().filters, ...filters } }),

      async loadSample() {
        const loaded = await runCommand(async () => {
          const count = await loadSample(eventStore, sessionId)
          set({ selectedStreamId: orderStreamId('order-001'), notice: `Loaded the sample: ${count} commands.` })
        })
        if (loaded) get().goLive()
      },

      async resetStore() {
        await runCommand(async () => {
          await eventStore.clear()
          set({ notice: 'The store is empty.' })
        })
      },
    }
  })
}

import { StoreClosedError } from './errors'
import { randomUuid } from './ids'
import type { EventStoreOptions } from './types'

/** Defaults shared by every adapter. */
export interface ResolvedStoreOptions {
  readonly clock: () => Date
  readonly generateId: () => string
  readonly sessionId: string
  readonly onListenerError: (error: unknown) => void
}

export function resolveStoreOptions(options: EventStoreOptions = {}): ResolvedStoreOptions {
  return {
    clock: options.clock ?? (() => new Date()),
    generateId: options.generateId ?? randomUuid,
    sessionId: options.sessionId ?? 'unknown-session',
    onListenerError:
      options.onListenerError ??
      ((error) => {
        console.error('An event store subscriber threw:', error)
      }),
  }
}

/** Tracks whether a store was closed, so every call after close() rejects the same way. */
export function createOpenGuard(): { assertOpen(): void; markClosed(reason?: string): boolean } {
  let closed = false
  let closedBecause: string | undefined
  return {
    assertOpen() {
      if (closed) throw new StoreClosedError(closedBecause)
    },
    /** `reason` replaces the plain "closed" message when the store was closed for the caller, not by it. */
    markClosed(reason) {
      const wasOpen = !closed
      closed = true
      closedBecause ??= reason
      return wasOpen
    },
  }
}

/** Deep-freezes a JSON value so stored events cannot be changed through a returned reference. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

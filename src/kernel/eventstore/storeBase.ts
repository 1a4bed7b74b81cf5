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

/**
 * A frozen deep copy of a value already checked to be plain JSON (`assertPlainJson`): the store
 * keeps no reference to the caller's objects, and nobody can change a stored event through one it
 * returned. One pass, and several times cheaper than structuredClone followed by a freezing walk.
 */
export function frozenJsonCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return Object.freeze(value.map(frozenJsonCopy)) as T
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    const child = frozenJsonCopy((value as Record<string, unknown>)[key])
    // `copy.__proto__ = …` would set the copy's prototype, not a key: "__proto__" is a legal JSON key.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: child, enumerable: true })
    else copy[key] = child
  }
  return Object.freeze(copy) as T
}

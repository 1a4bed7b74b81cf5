import type { EventStoreError } from './errors'
import {
  ConcurrencyError,
  DuplicateEventIdError,
  ImportConflictError,
  InvalidAppendError,
  SharedStoreError,
  type SharedStoreProblem,
} from './errors'
import type { ExpectedVersion } from './types'

/** A refusal as the server sends it (server/http/errors.ts). */
interface Refusal {
  readonly error?: string
  readonly message?: string
  readonly field?: string
  readonly streamId?: string
  readonly expectedVersion?: ExpectedVersion
  readonly actualVersion?: number
  readonly eventId?: string
  readonly streams?: readonly string[]
}

const PROBLEMS: Record<string, SharedStoreProblem> = {
  Unauthorized: 'unauthorized',
  ReadOnly: 'read-only',
  UnknownRoom: 'unknown-room',
  BodyTooLarge: 'too-large',
  DatabaseUnavailable: 'unreachable',
}

/** The event store's own error for a server's refusal, so callers handle a shared store as any other. */
export function errorFromResponse(status: number, body: Refusal): EventStoreError {
  const message = body.message ?? `The shared store answered ${status}.`
  switch (body.error) {
    case 'InvalidAppendError': {
      const field = body.field ?? 'request'
      return new InvalidAppendError(field, message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message)
    }
    case 'ConcurrencyError':
      return new ConcurrencyError(body.streamId ?? '', body.expectedVersion ?? 'any', body.actualVersion ?? 0)
    case 'DuplicateEventIdError':
      return Object.assign(new DuplicateEventIdError(body.eventId ?? '', ''), { message })
    case 'ImportConflictError':
      return new ImportConflictError(body.streams ?? [])
    default:
      return new SharedStoreError(PROBLEMS[body.error ?? ''] ?? 'refused', message)
  }
}

import type { AnyDomainModule, StoredEvent } from '../domainModule'
import { replayStoredEvent } from '../replayStream'

/** One line of a stream's audit trail: who did what, when, in words. */
export interface AuditEntry {
  readonly version: number
  readonly position: number
  readonly recordedAt: string
  readonly sessionId: string
  readonly eventType: string
  /** What changed, as short phrases: "quantity of apple 3 → 5". */
  readonly changes: readonly string[]
}

export interface AuditableEvent extends StoredEvent {
  readonly position: number
  readonly recordedAt: string
  readonly metadata: { readonly sessionId: string; readonly schemaVersion: number }
}

/** A stream, event by event, with the change each made, in the module's words. Unknown event types change nothing. */
export function auditTrail(module: AnyDomainModule, stream: readonly AuditableEvent[]): AuditEntry[] {
  let state: unknown
  return stream.map((event) => {
    const before = state ?? module.decider.initialState
    state = replayStoredEvent(module, before, event)
    const changes = module.describeChanges(before, state)
    return {
      version: event.version,
      position: event.position,
      recordedAt: event.recordedAt,
      sessionId: event.metadata.sessionId,
      eventType: event.type,
      changes: changes.length > 0 ? changes : ['no change to the state'],
    }
  })
}

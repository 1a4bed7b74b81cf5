import type { AnyDomainModule, StoredEvent, VersionedState } from '../domainModule'
import { replayStoredEvent } from '../replayStream'

/** One event that changed a field: where it is, what it was, and the field's words before → after. */
export interface FieldHistoryEntry {
  readonly position: number
  readonly version: number
  readonly type: string
  readonly before: string
  readonly after: string
}

/** A stored event with its place in the log: what a blame reads. */
export interface PositionedEvent extends StoredEvent {
  readonly position: number
}

/** The words a field shows for a state, or '—' when the state does not show it. */
function valueOf(module: AnyDomainModule, state: VersionedState, label: string): string {
  const fields = module.stateFields(state) as readonly { label: string; value: string }[]
  return fields.find((field) => field.label === label)?.value ?? '—'
}

/**
 * Why a field of a stream's state is what it is: every event of `stream` (in version order, up to
 * wherever the caller stopped it) after which the field's words differ from before, oldest first.
 * One fold of the stream, comparing the field's words at each step: the same words the Replayed
 * state panel shows, so what it lists is exactly what a reader saw change.
 */
export function fieldHistory(
  module: AnyDomainModule,
  stream: readonly PositionedEvent[],
  label: string,
): FieldHistoryEntry[] {
  const entries: FieldHistoryEntry[] = []
  let state = module.decider.initialState as VersionedState
  let before = valueOf(module, state, label)
  for (const event of stream) {
    state = replayStoredEvent(module, state, event)
    const after = valueOf(module, state, label)
    if (after !== before)
      entries.push({ position: event.position, version: event.version, type: event.type, before, after })
    before = after
  }
  return entries
}

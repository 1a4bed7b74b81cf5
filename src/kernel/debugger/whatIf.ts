import { streamIdFor, type AnyDomainModule, type VersionedState } from '../domainModule'
import { copyEvent, type JsonValue, type RecordedCommand, type RecordedEvent } from '../eventstore'
import { replayStoredEvent, type DomainRegistry } from '../replayStream'
import { commandBatch } from './causalChain'

/** One change of a what-if. None is ever written: the log stays as it is. */
export type WhatIfChange =
  /** What if the event at this position never happened? */
  | { readonly kind: 'skip'; readonly position: number }
  /** What if the event at this position had carried this data? */
  | { readonly kind: 'edit'; readonly position: number; readonly data: JsonValue }
  /** What if this command had been sent right after this position (decided against the state there)? */
  | { readonly kind: 'insert'; readonly after: number; readonly command: RecordedCommand }

/** Something the rules would have said in the what-if: a later command refused, an inserted one refused. */
export interface WhatIfNote {
  readonly position: number
  readonly streamId: string
  readonly text: string
}

/** One stream the what-if changes: its real state and its what-if state at the same position. */
export interface WhatIfStream {
  readonly streamId: string
  readonly module: AnyDomainModule
  readonly real: VersionedState
  readonly whatIf: VersionedState
}

/** The what-if at one position: the streams it changes, what the rules said, and its log for the read models. */
export interface WhatIfOutcome {
  readonly position: number
  readonly streams: readonly WhatIfStream[]
  readonly notes: readonly WhatIfNote[]
  /** The first real position a change touches: the log before it is the same in both. */
  readonly from: number
  /**
   * The log from `from` to `position` as the what-if has it: real events of other streams as they
   * are; the changed streams' events skipped, edited, decided again or inserted (between two real
   * positions, so an inserted event's position is fractional). For folding read models from `from`.
   */
  readonly events: readonly RecordedEvent[]
}

/** Where a change sits in the log: an insert after position p comes between p and p + 1. */
const placeOf = (change: WhatIfChange) => (change.kind === 'insert' ? change.after + 0.5 : change.position)

/** The stream a change acts on, or why it cannot act at all. */
function streamOf(change: WhatIfChange, log: WhatIfLog, domains: DomainRegistry): string | null {
  if (change.kind !== 'insert') return log.events[change.position - 1]?.streamId ?? null
  const module = domains.modules.find((candidate) => candidate.commands.some((c) => c.type === change.command.type))
  return module ? streamIdFor(module, change.command) : null
}

/** What a what-if reads of the log: its events in position order and any stream's state at a position. */
export interface WhatIfLog {
  readonly events: readonly RecordedEvent[]
  stateAt(streamId: string, position: number): VersionedState | undefined
  /** One stream's events, in version order. */
  streamEvents(streamId: string): readonly RecordedEvent[]
}

/** One decided event as the log would have it: a stored envelope in today's shape, beside the event it stands for. */
function asStored(
  module: AnyDomainModule,
  event: { readonly type: string; readonly data: unknown },
  like: RecordedEvent,
  streamId: string,
  position: number,
  version: number,
  command: RecordedCommand,
): RecordedEvent {
  return copyEvent(like, {
    eventId: `what-if-${position}`,
    streamId,
    position,
    version,
    type: event.type,
    data: event.data as JsonValue,
    metadata: { ...like.metadata, schemaVersion: module.schemaVersion, command },
  })
}

/** The stream's index where replaying must start for a change: the first event of the append it touches or follows. */
function startIndexOf(change: WhatIfChange, stream: readonly RecordedEvent[]): number {
  const at = stream.findIndex((event) => event.position >= Math.ceil(placeOf(change)))
  if (at < 0) return stream.length
  return (commandBatch(stream, at)[0]?.version ?? at + 1) - 1
}

/**
 * Folds one changed stream the way the rules would have run it: from its real state just before
 * its first change, each later command that the stream records is decided again against the
 * what-if state, so a command a skipped event made possible is refused here as it would have been.
 */
function replayChangedStream(
  module: AnyDomainModule,
  streamId: string,
  log: WhatIfLog,
  stream: readonly RecordedEvent[],
  changes: readonly WhatIfChange[],
  position: number,
): { state: VersionedState; events: RecordedEvent[]; notes: WhatIfNote[]; from: number } {
  let index = Math.min(...changes.map((change) => startIndexOf(change, stream)))
  const firstInsert = Math.min(...changes.map((change) => (change.kind === 'insert' ? change.after : Infinity)))
  // The real state just before: before the first append replayed, or at the first insert when that comes earlier.
  const before = Math.min((stream[index]?.position ?? Infinity) - 1, firstInsert, position)
  let state = log.stateAt(streamId, before) ?? (module.decider.initialState as VersionedState)
  const notes: WhatIfNote[] = []
  const events: RecordedEvent[] = []
  let diverged = false
  const inserts = changes.filter((change) => change.kind === 'insert').sort((a, b) => a.after - b.after)
  const skipped = new Set(changes.flatMap((change) => (change.kind === 'skip' ? [change.position] : [])))
  const edits = new Map(changes.flatMap((change) => (change.kind === 'edit' ? [[change.position, change.data]] : [])))
  const fold = (stored: RecordedEvent) => {
    const next = copyEvent(stored, { version: state.version + 1 })
    state = replayStoredEvent(module, state, next)
    events.push(next.version === state.version ? next : copyEvent(next, { version: state.version }))
  }
  /** Decides a command against the what-if state; folds its events at `at` (fractions after it), or says why not. */
  const decide = (command: RecordedCommand, like: RecordedEvent, at: number): string | null => {
    const decision = module.decider.decide(command, state)
    if (!decision.ok) return decision.error.message as string
    const decided: readonly { type: string; data: unknown }[] = decision.events
    decided.forEach((event, offset) =>
      fold(asStored(module, event, like, streamId, at + offset / (decided.length + 1), state.version + 1, command)),
    )
    return null
  }
  // What an inserted event's envelope is modelled on: the stream's next event, or the one before the insert.
  const like: RecordedEvent = stream[index] ??
    stream.at(-1) ??
    log.events[Math.max(0, Math.min(before, log.events.length) - 1)] ?? {
      eventId: '',
      streamId,
      version: 0,
      position: 0,
      type: '',
      data: null,
      metadata: { correlationId: 'what-if', causationId: null, sessionId: 'what-if', schemaVersion: 0 },
      recordedAt: new Date(0).toISOString(),
    }
  /** Inserted commands due before `place`, decided against the state there. */
  const insertBefore = (place: number) => {
    while (inserts.length > 0 && (inserts[0]?.after ?? Infinity) + 0.5 < place) {
      const insert = inserts.shift()
      if (!insert) continue
      diverged = true
      const refused = decide(insert.command, like, insert.after + 0.5)
      if (refused)
        notes.push({
          position: insert.after,
          streamId,
          text: `The inserted ${insert.command.type} is refused: ${refused}`,
        })
    }
  }
  while (index < stream.length) {
    const batch = commandBatch(stream, index)
    const head = batch[0]
    if (!head || head.position > position) break
    index = batch.at(-1)?.version ?? index + 1
    insertBefore(head.position)
    const command = head.metadata.command
    if (batch.some((event) => skipped.has(event.position) || edits.has(event.position))) {
      diverged = true
      for (const event of batch) {
        if (skipped.has(event.position)) continue
        const data = edits.get(event.position)
        fold(data === undefined ? event : copyEvent(event, { data }))
      }
    } else if (diverged && command) {
      const refused = decide(command, head, head.position)
      if (refused)
        notes.push({
          position: head.position,
          streamId,
          text: `${command.type} at position ${head.position} would have been refused: ${refused}`,
        })
    } else batch.forEach(fold)
  }
  insertBefore(Infinity)
  return { state, events, notes, from: before + 1 }
}

/**
 * The what-if at `position`: every change at or before it, applied to the streams it touches;
 * nothing else is folded, and the log itself is never touched. Changes after `position` wait
 * until the cursor reaches them.
 */
export function computeWhatIf(
  log: WhatIfLog,
  domains: DomainRegistry,
  changes: readonly WhatIfChange[],
  position: number,
): WhatIfOutcome {
  const active = changes.filter((change) => placeOf(change) <= position + 0.5)
  const byStream = new Map<string, WhatIfChange[]>()
  for (const change of active) {
    const streamId = streamOf(change, log, domains)
    if (streamId) byStream.set(streamId, [...(byStream.get(streamId) ?? []), change])
  }
  const streams: WhatIfStream[] = []
  const notes: WhatIfNote[] = []
  /** The changed streams' what-if events, and the position each is replayed from. */
  const replaced = new Map<string, { events: RecordedEvent[]; from: number }>()
  let from = position + 1
  for (const [streamId, streamChanges] of byStream) {
    const module = domains.forStream(streamId)
    if (!module) continue
    const stream = log.streamEvents(streamId)
    const outcome = replayChangedStream(module, streamId, log, stream, streamChanges, position)
    const real = log.stateAt(streamId, position) ?? (module.decider.initialState as VersionedState)
    streams.push({ streamId, module, real, whatIf: outcome.state })
    notes.push(...outcome.notes)
    replaced.set(streamId, { events: outcome.events, from: outcome.from })
    from = Math.min(from, outcome.from)
  }
  const events: RecordedEvent[] = []
  for (let index = from - 1; index < position; index += 1) {
    const event = log.events[index]
    // Before a changed stream's own first change, its real events stand.
    if (event && event.position < (replaced.get(event.streamId)?.from ?? Infinity)) events.push(event)
  }
  for (const stream of replaced.values()) events.push(...stream.events)
  events.sort((a, b) => a.position - b.position)
  notes.sort((a, b) => a.position - b.position)
  return { position, streams, notes, from, events }
}

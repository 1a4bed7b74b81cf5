import { expect } from 'vitest'
import { fold, type Decider } from '../../src/kernel/decider'
import { projectAll, type Projection, type ProjectionEvent } from '../../src/kernel/readside/projection'

/**
 * Given / when / then for any decider, after Emmett's DeciderSpecification:
 * `deciderSpec(decider).given(...events).when(command).then(...events)` or `.thenRejects(code)`.
 */
export function deciderSpec<Command, Event, State>(decider: Decider<Command, Event, State>) {
  return {
    given(...history: Event[]) {
      const state = fold(decider, history)
      return {
        state,
        when(command: Command) {
          const decision = decider.decide(command, state)
          return {
            decision,
            /** The command is accepted with exactly these events. */
            then(...expected: Event[]) {
              expect(decision).toEqual({ ok: true, events: expected })
            },
            /** The command is refused with this code and a sentence a learner can read. */
            thenRejects(code: string, messagePart?: string | RegExp) {
              expect(decision.ok, 'the command should have been refused').toBe(false)
              if (decision.ok) return
              expect(decision.error.code).toBe(code)
              expect(decision.error.message.length).toBeGreaterThan(10)
              if (messagePart !== undefined) expect(decision.error.message).toMatch(messagePart)
            },
          }
        },
      }
    },
  }
}

/**
 * Given / then for any projection: the rows it builds from these events, keyed as stored.
 * `projectionSpec(projection).given(...events).then(rows)`.
 */
export function projectionSpec<Row>(projection: Projection<Row>) {
  return {
    given(...events: ProjectionEvent[]) {
      const rows = projectAll(projection, events)
      return {
        rows,
        then(expected: Readonly<Record<string, Row>>) {
          expect(Object.fromEntries(rows)).toEqual(expected)
        },
      }
    },
  }
}

/** Stored-event envelopes for projection specs: positions and versions counted for you. */
export function storedEvents(
  events: readonly { readonly streamId: string; readonly type: string; readonly data: unknown }[],
  recordedAt = '2026-11-22T10:00:00.000Z',
): ProjectionEvent[] {
  const versions = new Map<string, number>()
  return events.map((event, index) => {
    const version = (versions.get(event.streamId) ?? 0) + 1
    versions.set(event.streamId, version)
    return { ...event, position: index + 1, version, recordedAt, metadata: { schemaVersion: 1 } }
  })
}

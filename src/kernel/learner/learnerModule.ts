import { reject } from '../decider'
import { storedSchemaVersion, type AnyDomainModule, type EventReading, type StoredEvent } from '../domainModule'
import type { Projection, ProjectionEvent, RowChange } from '../readside/projection'
import { shapeProblem } from './eventShape'
import type { LearnerDescription } from './learnerDescription'
import { LearnerCodeError } from './learnerCodeProblem'
import type { LearnerEvent } from './learnerDomain'
import type { LearnerSandbox } from './sandbox'
import { jsonDiff, jsonStateFields, jsonStateTables, jsonSummary, valueText } from './jsonViews'

/** A learner domain's state as the playground holds it: the learner's own value and the stream version. */
export interface LearnerState {
  readonly version: number
  readonly value: unknown
}

/** Events sent to the sandbox in one call: small enough to stay far inside the time limit. */
export const FOLD_BATCH = 2000

const MAX_ID_LENGTH = 64

type Decided =
  { readonly events: LearnerEvent[] } | { readonly refused: { readonly error: string; readonly code: string } }

export interface LearnerModuleOptions {
  /** A fingerprint of the code: snapshots and read models of other code are not reused. */
  readonly codeVersion: number
  /** Told when learner code fails where no one asked (an evolve during time travel). */
  readonly onProblem: (problem: LearnerCodeError) => void
  /** The time `decide` is given. */
  readonly now?: () => string
}

/**
 * A learner's module as every generic layer takes a domain: the decider runs in the sandbox,
 * the rest is drawn from what the module declares.
 */
export function learnerDomainModule(
  sandbox: LearnerSandbox,
  description: LearnerDescription,
  { codeVersion, onProblem, now = () => new Date().toISOString() }: LearnerModuleOptions,
): AnyDomainModule {
  const { category, idField, schemaVersion, events, upcasters } = description
  const initialState: LearnerState = { version: 0, value: description.initialState }

  const readEvent = (stored: StoredEvent): EventReading<LearnerEvent> => {
    const shape = events[stored.type]
    if (!shape) return { kind: 'unknown-type' }
    const from = storedSchemaVersion(stored) ?? schemaVersion
    if (from > schemaVersion) return { kind: 'unknown-schema', schemaVersion: from }
    let data = stored.data
    for (let step = from; step < schemaVersion; step += 1) {
      if (!upcasters[stored.type]?.includes(step)) continue
      try {
        data = sandbox.call('upcast', stored.type, step, data)
      } catch (error) {
        return { kind: 'unreadable', problem: `upcasting from schema ${step} failed: ${(error as Error).message}` }
      }
    }
    const problem = shapeProblem(shape, data)
    if (problem) {
      const hint =
        from < schemaVersion ? ` (stored in schema ${from}: does an upcaster cover it?)` : ': add an upcaster'
      return { kind: 'unreadable', problem: `${problem}${hint}` }
    }
    return {
      kind: 'known',
      event: { type: stored.type, data: data as LearnerEvent['data'] },
      upcastFrom: from < schemaVersion ? from : null,
    }
  }

  /** Folds in the sandbox; a failure is reported and the value stays as it was (`failed`). */
  const foldInSandbox = (value: unknown, known: readonly LearnerEvent[]): { value: unknown; failed: boolean } => {
    try {
      for (let start = 0; start < known.length; start += FOLD_BATCH)
        value = sandbox.call('fold', value, known.slice(start, start + FOLD_BATCH))
      return { value, failed: false }
    } catch (error) {
      onProblem(asCodeError(error))
      return { value, failed: true }
    }
  }
  const foldValue = (value: unknown, known: readonly LearnerEvent[]) => foldInSandbox(value, known).value

  // Panels that fold a stream event by event (the audit trail, the step diff, the lifecycle) fold
  // the same states from the same initial state again as the cursor moves: each step is kept per
  // state, so one crossing into the sandbox serves them all. evolve is pure, so this changes nothing.
  const stepsFrom = new WeakMap<LearnerState, Map<string, LearnerState>>()
  const evolve = (state: LearnerState, event: LearnerEvent): LearnerState => {
    const key = `${event.type}\u0000${JSON.stringify(event.data)}`
    const known = stepsFrom.get(state)
    const hit = known?.get(key)
    if (hit) return hit
    const folded = foldInSandbox(state.value, [event])
    const next = { version: state.version + 1, value: folded.value }
    if (folded.failed) return next
    if (known) known.set(key, next)
    else stepsFrom.set(state, new Map([[key, next]]))
    return next
  }

  const replay = (stored: Iterable<StoredEvent>, from: LearnerState = initialState): LearnerState => {
    const known: LearnerEvent[] = []
    let version = from.version
    for (const event of stored) {
      const reading = readEvent(event)
      if (reading.kind === 'known') known.push(reading.event)
      version = event.version
    }
    return known.length === 0 ? { version, value: from.value } : { version, value: foldValue(from.value, known) }
  }

  const lifecycle = description.lifecycle
  const valueOf = (state: LearnerState) => state.value as Record<string, unknown> | null

  return {
    category,
    title: description.title,
    entityName: description.entityName,
    targetOf: (command: Record<string, unknown>) => String(command[idField] ?? ''),
    idProblem(id: string) {
      if (id.length === 0) return { kind: 'DomainError', code: 'InvalidId', message: `${idField} is required.` }
      if (id.length > MAX_ID_LENGTH || /\s/.test(id))
        return {
          kind: 'DomainError',
          code: 'InvalidId',
          message: `${idField} must be 1 to ${MAX_ID_LENGTH} characters with no spaces.`,
        }
      return undefined
    },
    commands: description.commands,
    eventTypes: Object.keys(events),
    schemaVersion,
    readEvent,
    decider: {
      initialState,
      decide(command: unknown, state: LearnerState) {
        try {
          const decided = sandbox.call<Decided>('decide', command, state.value, { now: now(), version: state.version })
          if ('refused' in decided) return reject(decided.refused.code, decided.refused.error)
          return { ok: true, events: decided.events }
        } catch (error) {
          const problem = asCodeError(error)
          // A stopped module stays stopped: every view should say so, not just this form.
          if (problem.kind === 'stopped') onProblem(problem)
          return reject('LearnerCodeError', `Your module failed, so nothing was appended. ${problem.message}`)
        }
      },
      evolve,
    },
    replay,
    stateShapeVersion: codeVersion,
    summarize(stored: StoredEvent) {
      const reading = readEvent(stored)
      return reading.kind === 'known' ? jsonSummary(reading.event.data) : `${stored.type} (not readable)`
    },
    diff: (before: LearnerState, after: LearnerState) => jsonDiff(before.value, after.value),
    describeChanges: (before: LearnerState, after: LearnerState) =>
      jsonDiff(before.value, after.value).map((change) => `${change.field} ${change.before} → ${change.after}`),
    nameOf(state: LearnerState) {
      const name = valueOf(state)?.[idField]
      return state.version > 0 && typeof name === 'string' && name !== '' ? name : null
    },
    stateFields: (state: LearnerState) => jsonStateFields(state.value),
    headline(state: LearnerState) {
      const value = valueOf(state) ?? {}
      const money = Object.keys(value).find((field) => /Cents$/.test(field))
      if (money) return valueText(money, value[money])
      return lifecycle ? valueText(lifecycle.field, value[lifecycle.field]) : `version ${state.version}`
    },
    stateTables: (state: LearnerState) => jsonStateTables(state.value),
    lifecycle: lifecycle
      ? {
          states: lifecycle.states,
          transitions: lifecycle.transitions,
          statusOf: (state: LearnerState) => String(valueOf(state)?.[lifecycle.field] ?? ''),
        }
      : {
          states: [
            { id: 'none', label: 'not created' },
            { id: 'exists', label: 'exists' },
          ],
          transitions: Object.keys(events).map((event, index) => ({
            event,
            from: index === 0 ? 'none' : 'exists',
            to: 'exists',
          })),
          statusOf: (state: LearnerState) => (state.version === 0 ? 'none' : 'exists'),
        },
    projections: description.projections.map((projection) =>
      learnerProjection(sandbox, description, projection, { codeVersion, readEvent, onProblem }),
    ),
    sample: description.sample,
    exercises: [],
    races: [],
    longStream: () => [],
  }
}

function learnerProjection(
  sandbox: LearnerSandbox,
  description: LearnerDescription,
  projection: LearnerDescription['projections'][number],
  {
    codeVersion,
    readEvent,
    onProblem,
  }: {
    codeVersion: number
    readEvent: (stored: StoredEvent) => EventReading<LearnerEvent>
    onProblem: (problem: LearnerCodeError) => void
  },
): Projection<unknown> {
  const { name, title, eventTypes, columns, hasKey } = projection
  return {
    name: `${description.category}-${name}`,
    version: codeVersion,
    eventTypes,
    title,
    tables: (rows) => [
      {
        caption: title,
        noun: 'row',
        columns: columns.map((column) => column.label),
        rows: [...rows].map(([key, row]) => ({
          key,
          cells: columns.map((column) =>
            valueText(column.field, (row as Record<string, unknown> | null)?.[column.field]),
          ),
        })),
      },
    ],
    handle(event: ProjectionEvent, rowOf): readonly RowChange<unknown>[] {
      const reading = readEvent(event)
      if (reading.kind !== 'known') return []
      const input = {
        type: event.type,
        data: reading.event.data,
        streamId: event.streamId,
        position: event.position,
        version: event.version,
        recordedAt: event.recordedAt,
      }
      try {
        const key = hasKey ? sandbox.call<string>('projectKey', name, input) : event.streamId
        return [{ key, row: sandbox.call<unknown>('project', name, rowOf(key) ?? null, input) }]
      } catch (error) {
        // Read models are also drawn while time travels: a failure is shown, and the rows stay as they were.
        onProblem(asCodeError(error))
        return []
      }
    },
  }
}

export function asCodeError(error: unknown): LearnerCodeError {
  return error instanceof LearnerCodeError
    ? error
    : new LearnerCodeError(error instanceof Error ? error.message : String(error))
}

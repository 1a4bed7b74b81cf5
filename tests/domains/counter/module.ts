import { accept, reject } from '../../../src/kernel/decider'
import type { DomainModule, EventReading, StoredEvent } from '../../../src/kernel/domainModule'
import type { Projection } from '../../../src/kernel/readside/projection'

/*
 * A second domain that lives only in the tests: a counter that can be opened, bumped up and closed.
 * It exists to prove the kernel, the playground and the panels are generic: it touches its own
 * folder and one registry line (the test's createDomainRegistry call), nothing else.
 */

export type CounterCommand =
  | { readonly type: 'OpenCounter'; readonly counterId: string; readonly label: string }
  | { readonly type: 'Bump'; readonly counterId: string; readonly by: number }
  | { readonly type: 'CloseCounter'; readonly counterId: string }

export type CounterEvent =
  | { readonly type: 'CounterOpened'; readonly data: { readonly label: string } }
  | { readonly type: 'Bumped'; readonly data: { readonly by: number } }
  | { readonly type: 'CounterClosed'; readonly data: Record<string, never> }

export interface CounterState {
  readonly status: 'none' | 'open' | 'closed'
  readonly label: string
  readonly total: number
  readonly version: number
}

const initialState: CounterState = { status: 'none', label: '', total: 0, version: 0 }

function evolve(state: CounterState, event: CounterEvent): CounterState {
  const version = state.version + 1
  switch (event.type) {
    case 'CounterOpened':
      return { ...state, version, status: 'open', label: event.data.label }
    case 'Bumped':
      return { ...state, version, total: state.total + event.data.by }
    case 'CounterClosed':
      return { ...state, version, status: 'closed' }
  }
}

function decide(command: CounterCommand, state: CounterState) {
  switch (command.type) {
    case 'OpenCounter':
      if (state.status !== 'none') return reject('CounterExists', `Counter ${command.counterId} is already open.`)
      return accept<CounterEvent>({ type: 'CounterOpened', data: { label: command.label } })
    case 'Bump':
      if (state.status !== 'open') return reject('CounterNotOpen', `Counter ${command.counterId} is not open.`)
      if (!Number.isInteger(command.by) || command.by < 1 || command.by > 100)
        return reject('InvalidBump', 'A bump must be a whole number from 1 to 100.')
      return accept<CounterEvent>({ type: 'Bumped', data: { by: command.by } })
    case 'CloseCounter':
      if (state.status !== 'open') return reject('CounterNotOpen', `Counter ${command.counterId} is not open.`)
      return accept<CounterEvent>({ type: 'CounterClosed', data: {} })
  }
}

const EVENT_TYPES = ['CounterOpened', 'Bumped', 'CounterClosed'] as const

function readEvent(stored: StoredEvent): EventReading<CounterEvent> {
  if (!(EVENT_TYPES as readonly string[]).includes(stored.type)) return { kind: 'unknown-type' }
  const schemaVersion = stored.metadata?.schemaVersion ?? 1
  if (schemaVersion > 1) return { kind: 'unknown-schema', schemaVersion }
  const data = stored.data as Record<string, unknown> | null
  if (stored.type === 'Bumped' && typeof data?.by !== 'number')
    return { kind: 'unreadable', problem: 'by must be a number' }
  return { kind: 'known', event: stored as CounterEvent, upcastFrom: null }
}

/** One row per counter: its label and total. */
export const counterTotalsProjection: Projection<{ readonly label: string; readonly total: number }> = {
  name: 'counterTotals',
  version: 1,
  eventTypes: EVENT_TYPES,
  title: 'Counter totals',
  handle(event, rowOf) {
    const row = rowOf(event.streamId) ?? { label: '', total: 0 }
    if (event.type === 'CounterOpened')
      return [{ key: event.streamId, row: { ...row, label: (event.data as { label: string }).label } }]
    if (event.type === 'Bumped')
      return [{ key: event.streamId, row: { ...row, total: row.total + (event.data as { by: number }).by } }]
    return []
  },
  tables: (rows) => [
    {
      caption: 'Counter totals',
      noun: 'counter',
      columns: ['Counter', 'Label', 'Total'],
      rows: [...rows].map(([key, row]) => ({ key, cells: [key, row.label, row.total] })),
    },
  ],
}

const counterId = { name: 'counterId', label: 'Counter ID', kind: 'id', maxLength: 32, defaultValue: 'c-1' } as const

export const counterModule: DomainModule<CounterCommand, CounterEvent, CounterState> = {
  category: 'Counter',
  title: 'Counter',
  entityName: 'counter',
  targetOf: (command) => command.counterId,
  idProblem: (id) =>
    id.trim() === '' || id.length > 32
      ? { kind: 'DomainError', code: 'InvalidId', message: 'A counter id has 1 to 32 characters.' }
      : undefined,
  commands: [
    {
      type: 'OpenCounter',
      label: 'Open counter',
      fields: [counterId, { name: 'label', label: 'Label', kind: 'text' }],
    },
    {
      type: 'Bump',
      label: 'Bump',
      fields: [counterId, { name: 'by', label: 'By', kind: 'integer', min: 1, max: 100, defaultValue: '1' }],
    },
    { type: 'CloseCounter', label: 'Close counter', fields: [counterId] },
  ],
  eventTypes: EVENT_TYPES,
  schemaVersion: 1,
  readEvent,
  decider: { decide, evolve, initialState },
  stateShapeVersion: 1,
  summarize: (stored) => (stored.type === 'Bumped' ? `+${String((stored.data as { by: number }).by)}` : stored.type),
  diff: (before, after) =>
    before.total === after.total ? [] : [{ field: 'Total', before: String(before.total), after: String(after.total) }],
  describeChanges: (before, after) => (before.total === after.total ? [] : [`total ${before.total} → ${after.total}`]),
  // Its events do not carry its id: panels fall back on the one in the stream id.
  nameOf: () => null,
  stateFields: (state) => [
    { label: 'Label', value: state.label },
    { label: 'Count', value: String(state.total) },
  ],
  headline: (state) => String(state.total),
  stateTables: () => [],
  lifecycle: {
    states: [
      { id: 'none', label: 'not opened' },
      { id: 'open', label: 'open' },
      { id: 'closed', label: 'closed' },
    ],
    transitions: [
      { event: 'CounterOpened', from: 'none', to: 'open' },
      { event: 'Bumped', from: 'open', to: 'open' },
      { event: 'CounterClosed', from: 'open', to: 'closed' },
    ],
    statusOf: (state) => state.status,
  },
  projections: [counterTotalsProjection] as readonly Projection<unknown>[],
  sample: [
    { type: 'OpenCounter', counterId: 'c-1', label: 'laps' },
    { type: 'Bump', counterId: 'c-1', by: 3 },
  ],
  exercises: [],
  races: [],
  longStream: (_target, count) => [
    { type: 'CounterOpened', data: { label: 'long' } },
    ...Array.from({ length: count - 1 }, (): CounterEvent => ({ type: 'Bumped', data: { by: 1 } })),
  ],
}

/** A business rule a command broke, as data: a stable code and a sentence a learner understands. */
export interface DomainError<Code extends string = string> {
  readonly kind: 'DomainError'
  readonly code: Code
  readonly message: string
}

/** What `decide` returns: the events to append, or the rule the command broke. */
export type Decision<Event, Code extends string = string> =
  { readonly ok: true; readonly events: readonly Event[] } | { readonly ok: false; readonly error: DomainError<Code> }

/**
 * The decider pattern: `decide(command, state)` turns intent into events (or refuses),
 * `evolve(state, event)` folds one event into state, `initialState` is where every fold starts.
 */
export interface Decider<Command, Event, State, Code extends string = string> {
  readonly decide: (command: Command, state: State) => Decision<Event, Code>
  readonly evolve: (state: State, event: Event) => State
  readonly initialState: State
}

export function accept<Event>(...events: Event[]): Decision<Event, never> {
  return { ok: true, events }
}

export function reject<Code extends string>(code: Code, message: string): Decision<never, Code> {
  return { ok: false, error: { kind: 'DomainError', code, message } }
}

/** Replays events from the decider's initial state. */
export function fold<Event, State>(
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  events: Iterable<Event>,
): State {
  let state = decider.initialState
  for (const event of events) state = decider.evolve(state, event)
  return state
}

const ID_PATTERN = /^\S+$/

/** The id rule the account and the catalog share: present, at most `maxLength` characters, no spaces. */
export function idRule(label: string, value: string, maxLength: number): Decision<never, 'InvalidId'> | undefined {
  if (value.length === 0) return reject('InvalidId', `${label} is required.`)
  if (value.length > maxLength || !ID_PATTERN.test(value)) {
    return reject('InvalidId', `${label} must be 1 to ${maxLength} characters with no spaces.`)
  }
  return undefined
}

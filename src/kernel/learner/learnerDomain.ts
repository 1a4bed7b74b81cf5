import type { CommandDescription } from '../domainModule'

/**
 * The shape of a domain a learner writes in the Build view, in TypeScript, and the playground runs
 * in a sandbox. It is the decider of the built-in domains with the rest described as data: the
 * playground draws forms, state, tables and the lifecycle diagram from the declarations.
 * `export default` one of these from the module.
 */
export interface LearnerDomain<
  Command extends LearnerCommand = LearnerCommand,
  Event extends LearnerEvent = LearnerEvent,
  State = unknown,
> {
  /** The stream category, PascalCase: `Shop` gives stream ids `Shop-<id>`. */
  readonly category: string
  /** The name in the Domain select: "Shop". */
  readonly title: string
  /** What one entity is called in sentences: "order". */
  readonly entityName: string
  /** The command field that names the entity, and so the stream: `orderId` → `Shop-<orderId>`. */
  readonly idField: string
  /** The schema version written on new events (1 when absent); raise it with an upcaster when a shape changes. */
  readonly schemaVersion?: number
  /** Every event type and the fields of its data today: stored events that do not fit are shown as unreadable. */
  readonly events: { readonly [Type in Event['type']]: EventShape }
  /** The commands, each with the fields its generated form asks for. */
  readonly commands: readonly CommandDescription[]
  readonly initialState: State
  /**
   * The events a command causes, or the rule it broke (`{ error: 'Pay first.' }`). The time comes from
   * `context.now`: there is no clock in the sandbox.
   */
  decide(command: Command, state: State, context: DecideContext): readonly Event[] | LearnerRefusal
  /** The state after one event. No clock and no randomness: the same events always fold to the same state. */
  evolve(state: State, event: Event): State
  /**
   * How an older event's data becomes today's: `upcasters.OrderCreated[1]` takes schema 1's data to
   * schema 2. Applied on read; stored events are never rewritten.
   */
  readonly upcasters?: { readonly [type: string]: { readonly [fromVersion: number]: (data: never) => unknown } }
  /** The lifecycle diagram: the state field that holds the status, its values, and the events between them. */
  readonly lifecycle?: LearnerLifecycle
  /** Read models kept from this domain's events. */
  readonly projections?: readonly LearnerProjection[]
  /** Commands that write a sample history (the Sample button). */
  readonly sample?: readonly Command[]
}

/** A command as the generated form sends it: its type and its fields. */
export interface LearnerCommand {
  readonly type: string
}

/** An event as `decide` returns it and `evolve` receives it. */
export interface LearnerEvent {
  readonly type: string
  readonly data: { readonly [field: string]: unknown }
}

/**
 * The kind of each field of an event's data. A `?` after the kind makes it optional;
 * `json` accepts any JSON value (a list, an object).
 */
export type EventFieldKind = 'text' | 'integer' | 'money' | 'boolean' | 'json'
export type EventShape = { readonly [field: string]: EventFieldKind | `${EventFieldKind}?` }

/** What `decide` is told besides the command and the state. */
export interface DecideContext {
  /** When the command is handled, ISO-8601. */
  readonly now: string
  /** The stream's version: how many events it holds. */
  readonly version: number
}

/** A command the rules refuse: `error` is the sentence the learner sees. */
export interface LearnerRefusal {
  readonly error: string
  /** A short stable name for the rule (`NotPaid`); `Refused` when absent. */
  readonly code?: string
}

export interface LearnerLifecycle {
  /** The field of the state that holds the status. */
  readonly field: string
  readonly states: readonly { readonly id: string; readonly label: string }[]
  readonly transitions: readonly { readonly event: string; readonly from: string; readonly to: string }[]
}

/** A read model: one row per key, folded from the events it reads. */
export interface LearnerProjection {
  /** Unique in the playground: the read model's name in storage. */
  readonly name: string
  readonly title: string
  readonly eventTypes: readonly string[]
  /** The table's columns: a heading and the row field it shows. The first is each row's header. */
  readonly columns: readonly { readonly label: string; readonly field: string }[]
  /** The row an event touches (default: the event's stream id). */
  key?(event: ProjectionInput): string
  /** The row after the event (null deletes it); `row` is undefined for a key not seen yet. */
  handle(row: never, event: ProjectionInput): unknown
}

/** An event as a learner's projection receives it. */
export interface ProjectionInput extends LearnerEvent {
  readonly streamId: string
  readonly position: number
  readonly version: number
  readonly recordedAt: string
}

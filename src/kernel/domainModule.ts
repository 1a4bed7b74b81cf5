import type { Decider, DomainError } from './decider'
import type { Exercise, ScriptedRace } from './learn/types'
import type { Projection } from './readside/projection'
import type { Process } from './process/process'

/** The part of a stored event a domain reads; the event store's RecordedEvent matches it structurally. */
export interface StoredEvent {
  readonly type: string
  readonly data: unknown
  /** The stream version this event took its stream to. */
  readonly version: number
  /** Absent on events just decided, not yet stored: those are in today's shape. */
  readonly metadata?: { readonly schemaVersion: number }
  /** The same as `metadata.schemaVersion`, on the timeline's packed events: read with `storedSchemaVersion`. */
  readonly schemaVersion?: number
  /** Needed by upcasters of schemas whose data did not name its entity. */
  readonly streamId?: string
}

/**
 * The schema version an event was stored in, `undefined` for one just decided (today's shape).
 * The timeline's events keep it in a column: reading it there builds no metadata object, which
 * every fold of every event would otherwise do.
 */
export function storedSchemaVersion(stored: StoredEvent): number | undefined {
  return stored.schemaVersion ?? stored.metadata?.schemaVersion
}

/** How a domain reads one stored event. Only `known` events are folded; the rest are shown as they are. */
export type EventReading<Event> =
  /** `upcastFrom` is the stored schema version when upcasters ran, else null. */
  | { readonly kind: 'known'; readonly event: Event; readonly upcastFrom: number | null }
  /** A type this domain does not know (another category, or a newer playground). */
  | { readonly kind: 'unknown-type' }
  /** A schema version newer than this playground knows: written by a newer version of it. */
  | { readonly kind: 'unknown-schema'; readonly schemaVersion: number }
  /** A known type and schema whose data cannot be read; `problem` says why. */
  | { readonly kind: 'unreadable'; readonly problem: string }

/** What a state must carry for the generic layers: the stream version it reflects. */
export interface VersionedState {
  /** How many of the stream's events were folded: the version this state reflects. */
  readonly version: number
}

/** The kinds of value a command field holds; a form is generated from them. */
export type CommandFieldKind = 'id' | 'integer' | 'money' | 'enum' | 'text'

/** One field of a command, described well enough for a form to be generated from it. */
export interface CommandField {
  /** The command's property this field fills (`orderId`, `quantity`, …). */
  readonly name: string
  /** The field's label: its accessible name in the generated form. */
  readonly label: string
  readonly kind: CommandFieldKind
  /** Integers and money (in cents): the smallest and largest value accepted. */
  readonly min?: number
  readonly max?: number
  /** Ids and free text: the longest value accepted. */
  readonly maxLength?: number
  /** Enums: the values offered, in order. */
  readonly options?: readonly string[]
  /** The value a fresh form starts with, as typed (money in dollars, as a person types it). */
  readonly defaultValue?: string
  /** Shown as the field's hint: what the value means, for a learner. */
  readonly description?: string
}

/** One command a domain accepts, as the form that sends it. */
export interface CommandDescription {
  /** The command's `type`. */
  readonly type: string
  /** The submit button's name: "Create order". */
  readonly label: string
  readonly fields: readonly CommandField[]
  /**
   * A form of its own, even when its fields all appear in an earlier form (Update item's fields are
   * Create item's, but mean "change to", with their own empty defaults).
   */
  readonly ownForm?: boolean
}

/** A state of the domain's lifecycle and the events that move an entity between states. */
export interface Lifecycle<Event extends { readonly type: string }, State> {
  /** The states, in the order the diagram lays them out: id and words. */
  readonly states: readonly { readonly id: string; readonly label: string }[]
  readonly transitions: readonly { readonly event: Event['type']; readonly from: string; readonly to: string }[]
  /** Which lifecycle state an entity is in. */
  statusOf(state: State): string
}

/** One labelled value of a state, for the replayed-state panel and generic views. */
export interface StateField {
  readonly label: string
  readonly value: string
}

/** A table inside a state (an order's lines), for the replayed-state panel. */
export interface StateTable {
  /** Read by screen readers: "Items of order-001". */
  readonly caption: string
  /** Column headings; the first column is each row's header. */
  readonly columns: readonly string[]
  readonly rows: readonly { readonly key: string; readonly cells: readonly string[] }[]
  /** Shown instead of an empty table: "No items." */
  readonly empty: string
}

/** One field an event changed, in words: before → after. */
export interface FieldChange {
  readonly field: string
  readonly before: string
  readonly after: string
}

/**
 * What a domain folder provides for every generic layer: the event store's categories, command
 * handling, time travel, snapshots, read models, the log, forms, diagrams and the audit trail
 * ask it, and never import the domain itself. One module per aggregate type.
 *
 * `Command`, `Event` and `State` are the domain's own types; the generic layers see a
 * `DomainModule` (of unknown types) and only pass values from one member to another.
 */
export interface DomainModule<
  Command extends { readonly type: string } = { readonly type: string },
  Event extends { readonly type: string; readonly data: unknown } = { readonly type: string; readonly data: unknown },
  State extends VersionedState = VersionedState,
> {
  /** The stream category: `Order` gives stream ids `Order-<id>`. PascalCase, unique in the registry. */
  readonly category: string
  /** The domain's name in the Domain select and in headings: "Bank account". */
  readonly title: string
  /** What one entity is called in sentences: "order". */
  readonly entityName: string
  /** The id inside a command that names its stream (`orderId` → `Order-<orderId>`). */
  targetOf(command: Command): string
  /** Why an id cannot name an entity (empty, too long, …), or undefined when it can. */
  idProblem(id: string): DomainError | undefined
  /** The commands, each with the fields its generated form asks for. */
  readonly commands: readonly CommandDescription[]
  /** Every event type, in the order the domain's story tells them. */
  readonly eventTypes: readonly Event['type'][]
  /** The schema version written on every event appended today. */
  readonly schemaVersion: number
  /** Upcasts (from an older schema) and checks a stored event; pure, and cheap for today's shape. */
  readEvent(stored: StoredEvent): EventReading<Event>
  /** decide, evolve and the initial state. `decide` returns a DomainError as data, never throws. */
  readonly decider: Decider<Command, Event, State>
  /**
   * Optional fast fold of stored events onto `from` (default: the initial state). Must give what
   * folding `readEvent` + `evolve` gives, with every event counting towards the version, read or not.
   */
  replay?(events: Iterable<StoredEvent>, from?: State): State
  /** The shape version of `State` that snapshots hold: raise it when State changes shape. */
  readonly stateShapeVersion: number
  /** One line about an event, for the log and the step-by-step replay. */
  summarize(stored: StoredEvent): string
  /** The changes between two states, field by field: the step diff. */
  diff(before: State, after: State): readonly FieldChange[]
  /** The changes between two states as short phrases: the audit trail. */
  describeChanges(before: State, after: State): readonly string[]
  /**
   * The entity's name as its own events give it (an order's orderId), or null before its first
   * event. Panels show it; they fall back on the id in the stream id.
   */
  nameOf(state: State): string | null
  /** The state's fields for display. */
  stateFields(state: State): readonly StateField[]
  /** The one figure a list of entities shows beside each (an order's total). */
  headline(state: State): string
  /** Tables inside the state (an order's lines), shown under its fields. */
  stateTables(state: State): readonly StateTable[]
  /** The lifecycle diagram's states and transitions. */
  readonly lifecycle: Lifecycle<Event, State>
  /** The read models this domain keeps. The first is its summary, one row per entity: the flow diagram counts it. */
  readonly projections: readonly Projection<unknown>[]
  /** Commands that write a sample history; sent through the command handler like anything typed. */
  readonly sample: readonly Command[]
  /**
   * When each sample command happened (ISO-8601, one per command) and, if the story names one, who
   * sent it (recorded as its session): for a sample with its own dates. Without it the sample is
   * spread over the last few days, ending now, as sent by this tab.
   */
  readonly sampleSchedule?: readonly { readonly at: string; readonly by?: string }[]
  /**
   * What to press to reproduce the learning material's first walkthrough with the form's
   * filled-in values, completing "press …" on the Start here panel. Without it, the first
   * three commands' labels are named.
   */
  readonly walkthrough?: string
  /** This domain's exercises, in the learning path's order. */
  readonly exercises: readonly Exercise[]
  /** Races the conflict lab can replay on this domain. */
  readonly races: readonly ScriptedRace[]
  /** The events of one long-lived entity (`count` of them, the first one creating it), for the snapshot lab. */
  longStream(target: string, count: number): readonly Event[]
  /** Processes that react to this domain's events with commands of their own (a transfer across accounts). */
  readonly processes?: readonly Process[]
  /**
   * Commands that would take an entity from the state `from` to the state `to`, if the rules allow
   * them: how `Apply as new events` turns a what-if into real commands, appended at the end (the
   * compensating-event lesson: history is never rewritten). A DomainError when no command can
   * (a paid order cannot be unpaid). Without it, a domain's what-ifs stay what-ifs.
   */
  commandsTowards?(from: State, to: State, target: string): readonly Command[] | DomainError
  /**
   * Where this module is imported from, the path from the repository's root without an extension
   * (`src/domains/order/module`, `orderModule`): a test exported from history imports it from there.
   */
  readonly source?: { readonly path: string; readonly exportName: string }
}

/** A module of unknown types, as the generic layers hold it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds modules of different types; members are only passed to each other
export type AnyDomainModule = DomainModule<any, any, any>

/** The category of a stream id: `Order-order-001` → `Order`; a stream id with no dash has none. */
export function categoryOf(streamId: string): string {
  const dash = streamId.indexOf('-')
  return dash > 0 ? streamId.slice(0, dash) : ''
}

/** The stream of one entity of a category: `<category>-<target>` (`Order` and `order-001` → `Order-order-001`). */
export function streamIdOf(module: Pick<AnyDomainModule, 'category'>, target: string): string {
  return `${module.category}-${target}`
}

/** The id inside a stream id of the module's category (`Order-order-001` → `order-001`); any other stream id as it is. */
export function targetIn(module: Pick<AnyDomainModule, 'category'>, streamId: string): string {
  return streamId.startsWith(`${module.category}-`) ? streamId.slice(module.category.length + 1) : streamId
}

/** The stream a command of `module` acts on: `<category>-<target>`. */
export function streamIdFor<Command extends { readonly type: string }>(
  module: Pick<DomainModule<Command>, 'category' | 'targetOf'>,
  command: Command,
): string {
  return streamIdOf(module, module.targetOf(command))
}

/** What panels call one entity: its name from its events, else the id inside its stream id. */
export function entityName(
  module: Pick<AnyDomainModule, 'category' | 'nameOf'>,
  streamId: string,
  state: unknown,
): string {
  const named = state === undefined || state === null ? null : (module.nameOf(state) as string | null)
  return named ?? targetIn(module, streamId)
}

/** The part of a stored event a projection reads; the event store's RecordedEvent matches it structurally. */
export interface ProjectionEvent {
  /** The global position: a projection's checkpoint is the last position it applied. */
  readonly position: number
  readonly streamId: string
  readonly version: number
  readonly type: string
  readonly data: unknown
  /** ISO-8601 time of the commit; projections may report by it, never order by it. */
  readonly recordedAt: string
  /** The shape version of `data`; older shapes are upcast as they are read. Absent means today's. */
  readonly metadata?: { readonly schemaVersion: number; readonly correlationId?: string }
  /** The event's id, for a process that records what caused its next step. */
  readonly eventId?: string
}

/** One row a projection writes: `row: null` deletes the row with that key. */
export interface RowChange<Row> {
  readonly key: string
  readonly row: Row | null
}

/** What a projection reads while it handles an event: the current row for a key, if any. */
export type RowLookup<Row> = (key: string) => Row | undefined

/** A read model's rows as one table of words, for the Read models panel. */
export interface ReadModelTableView {
  /** The table's accessible name: "Order summary". */
  readonly caption: string
  /** What one row is, for "No orders yet." and "Showing the first 100 of 2,000 orders." */
  readonly noun: string
  /** Column headings; the first column is each row's header. */
  readonly columns: readonly string[]
  /** Columns whose text wraps (a list, a sentence); every other cell stays on one line. */
  readonly wrapColumns?: readonly number[]
  /** Columns a reader may query by (the catalog's items by category, by owner): a select of their values each. */
  readonly queryColumns?: readonly number[]
  readonly rows: readonly { readonly key: string; readonly cells: readonly (string | number)[] }[]
}

/**
 * A read model's pure fold. Given one event and read access to the current rows, it returns the
 * rows to write. It never writes itself and never looks at the clock, so the same events always
 * give the same table, whether applied live, rebuilt, or replayed up to a time-travel position.
 */
export interface Projection<Row, Name extends string = string> {
  /** Unique among every domain's projections: the read model's name in storage. */
  readonly name: Name
  /** Raise it when `handle` changes: the stored rows of another version are dropped and rebuilt. */
  readonly version: number
  /** The event types `handle` reads (Emmett's canHandle); other events only move the checkpoint. */
  readonly eventTypes: readonly string[]
  /** The read model's name in words: "Order summary". */
  readonly title: string
  /** The rows as the tables the Read models panel shows. */
  tables(rows: ReadonlyMap<string, Row>): readonly ReadModelTableView[]
  handle(event: ProjectionEvent, rowOf: RowLookup<Row>): readonly RowChange<Row>[]
}

/** Writes changes into an in-memory table. */
export function applyRowChanges<Row>(rows: Map<string, Row>, changes: readonly RowChange<Row>[]): void {
  for (const change of changes) {
    if (change.row === null) rows.delete(change.key)
    else rows.set(change.key, change.row)
  }
}

/** Applies events to an in-memory table in order, and returns it. */
export function projectInto<Row>(
  projection: Projection<Row>,
  rows: Map<string, Row>,
  events: Iterable<ProjectionEvent>,
): Map<string, Row> {
  const rowOf = (key: string) => rows.get(key)
  for (const event of events) applyRowChanges(rows, projection.handle(event, rowOf))
  return rows
}

/** The whole table built from scratch: what a rebuild gives. */
export function projectAll<Row>(projection: Projection<Row>, events: Iterable<ProjectionEvent>): Map<string, Row> {
  return projectInto(projection, new Map(), events)
}

/** How many events one slice of a sliced fold applies: well under a frame's work for the heaviest projection here. */
export const PROJECTION_SLICE = 250

/**
 * Applies `events` to `rows` a slice at a time, yielding how many are done after each: a caller
 * that waits between slices spreads a long fold over many short tasks, and the page stays responsive.
 */
export function* projectInSlices<Row>(
  projection: Projection<Row>,
  rows: Map<string, Row>,
  events: readonly ProjectionEvent[],
  size: number = PROJECTION_SLICE,
): Generator<number, Map<string, Row>> {
  const rowOf = (key: string) => rows.get(key)
  for (let at = 0; at < events.length; at += size) {
    const end = Math.min(at + size, events.length)
    for (let index = at; index < end; index += 1) {
      const event = events[index]
      if (event) applyRowChanges(rows, projection.handle(event, rowOf))
    }
    yield end
  }
  return rows
}

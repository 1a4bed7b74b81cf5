import type { Projection } from '../readside/projection'

/** A command of some domain, addressed by that domain's category. */
export interface AddressedCommand {
  /** The category of the domain that decides it (`Account`). */
  readonly category: string
  readonly command: { readonly type: string }
}

/**
 * One step a process wants taken now: a command, sent through the command handler like any other,
 * and what to send instead when the rules refuse it (a compensation), if anything.
 */
export interface ProcessStep extends AddressedCommand {
  /** Stable and unique: a tab never sends a step twice under one key while it waits for its event. */
  readonly key: string
  /** What the step does, in words, for the process's status line. */
  readonly says: string
  /** The event that made the step due: its id becomes the causation id, its correlation id is kept. */
  readonly causedBy: { readonly eventId: string; readonly correlationId: string }
  /** Sent instead when the rules refuse `command`, given the refusal in words; none gives up. */
  ifRefused?(reason: string): AddressedCommand | null
}

/**
 * A process (a saga, a process manager) that spans aggregates: it reads events, keeps where it is
 * as a read model (its to-do list, with a checkpoint, rebuilt from the log like any other), and
 * wants steps taken. It never writes itself: a runner sends its steps through the rules.
 *
 * Steps must be safe to send twice (two tabs may both send one): the deciding aggregate refuses a
 * step it has recorded already, and `alreadyTaken` names that refusal so it is not a failure.
 */
export interface Process<Row = unknown> {
  /** Unique among processes: "transfers". */
  readonly name: string
  /** In words: "Transfers". */
  readonly title: string
  /** The read model it keeps its state in; also one of its domain's projections, so it is shown and rebuilt. */
  readonly projection: Projection<Row>
  /** The steps due, given its rows: a pure function. */
  due(rows: ReadonlyMap<string, Row>): readonly ProcessStep[]
  /** The code of the refusal that means "this step is in the log already". */
  readonly alreadyTaken: string
}

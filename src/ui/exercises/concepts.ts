import type { View } from '../useHashRoute'

export interface Concept {
  readonly name: string
  readonly text: string
  readonly view: View
  readonly panel: string
  /** The id of the panel's heading: the card's link moves focus there. */
  readonly headingId: string
}

/** The ideas behind the playground, each with the place that shows it. */
export const CONCEPTS: readonly Concept[] = [
  {
    name: 'Event sourcing',
    text: 'Instead of overwriting a row with the latest state, keep every change as a fact that happened. The state is whatever those facts add up to.',
    view: 'playground',
    panel: 'Event log',
    headingId: 'event-log-heading',
  },
  {
    name: 'Event store',
    text: 'An append-only database of events. Events get a position in one global order and a version in their stream; nothing is updated or deleted.',
    view: 'playground',
    panel: 'Event log',
    headingId: 'event-log-heading',
  },
  {
    name: 'Aggregate',
    text: 'A consistency boundary, here an Order. Its events form one stream; its rules decide which commands turn into events.',
    view: 'playground',
    panel: 'Commands',
    headingId: 'commands-heading',
  },
  {
    name: 'Versioning and optimistic locking',
    text: 'Each append says which version it expects the stream to be at. If someone appended first, the store refuses, and you reload and decide again.',
    view: 'lab',
    panel: 'Conflict lab',
    headingId: 'lab-heading',
  },
  {
    name: 'Replay',
    text: 'Fold the events, oldest first, to get the state. Do it up to any position and you see the past exactly as it was.',
    view: 'playground',
    panel: 'Step-by-step replay',
    headingId: 'replay-heading',
  },
  {
    name: 'Projections',
    text: 'Read models built by folding the same events into another shape: a summary per order, sales per day. Many can be built from one log.',
    view: 'playground',
    panel: 'Read models',
    headingId: 'read-models-heading',
  },
  {
    name: 'CQRS',
    text: 'Commands change things and return nothing but success or a reason; queries read prepared views and change nothing. Each side can be shaped for its job.',
    view: 'playground',
    panel: 'Flow',
    headingId: 'flow-heading',
  },
  {
    name: 'Snapshots',
    text: 'A saved state at some version, so loading a long stream reads the snapshot plus the events after it instead of everything.',
    view: 'playground',
    panel: 'Snapshots',
    headingId: 'snapshots-heading',
  },
  {
    name: 'Temporal queries',
    text: 'Ask what was true at a position or a moment: replay up to there. The time-travel slider and its As of date are such queries, and so is the audit trail.',
    view: 'playground',
    panel: 'Time travel',
    headingId: 'time-travel-heading',
  },
  {
    name: 'Compensating events',
    text: 'A recorded mistake stays recorded: nothing is edited or deleted. It is corrected by a new event that undoes its effect, a refund or a reversing entry, so the log says both what went wrong and how it was put right.',
    view: 'playground',
    panel: 'Commands',
    headingId: 'commands-heading',
  },
  {
    name: 'Process managers (sagas)',
    text: 'One command changes one aggregate. Work that spans several, such as a transfer between two accounts, is a process: it hears each event, sends the next command to the next aggregate, remembers where it is, and compensates for the steps already taken when a later one is refused.',
    view: 'playground',
    panel: 'Read models',
    headingId: 'read-models-heading',
  },
  {
    name: 'Trade-offs',
    text: 'More moving parts, eventual consistency between write and read sides, and event shapes that must evolve carefully. For simple CRUD data, a table is fine.',
    view: 'playground',
    panel: 'Event log',
    headingId: 'event-log-heading',
  },
  {
    name: 'Schema evolution',
    text: 'Events are kept forever, but their shape changes. Each event carries its schema version, and upcasters turn old shapes into the current one as events are read, so history never has to be rewritten.',
    view: 'exercises',
    panel: 'Schema evolution',
    headingId: 'schema-evolution-heading',
  },
  {
    name: 'History is fixed, what-ifs are computed',
    text: 'A past event is never changed or removed. To ask "what if it had not happened?", fold the same log without it, in memory, and let the rules decide the later commands again. To act on the answer, append new events at the end: compensate, never rewrite.',
    view: 'playground',
    panel: 'What if',
    headingId: 'what-if-heading',
  },
]

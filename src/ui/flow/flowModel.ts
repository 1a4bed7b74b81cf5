/**
 * What the diagram shows: nothing yet; the last event's whole trip from a command decided in this
 * tab (live); an event that reached the store without a command here, imported or sent by another
 * tab (arrived); or an event read back and folded again (replay).
 */
export type FlowMode = 'empty' | 'live' | 'arrived' | 'replay' | 'process'

/** The stages an event passes through, as the Flow diagram draws them. */
export type FlowStage =
  | 'command'
  | 'decide'
  | 'events'
  | 'eventStore'
  | 'evolve'
  | 'state'
  | 'projections'
  | 'readModels'
  | 'eventBus'
  | 'process'

/** The stages drawn only for a domain with a process that spans aggregates. */
export const PROCESS_STAGES: ReadonlySet<FlowStage> = new Set(['eventBus', 'process'])

export interface FlowStageInfo {
  readonly id: FlowStage
  readonly title: string
  readonly x: number
  readonly y: number
  /** Shown when the node is clicked. */
  readonly explanation: string
  /** The heading of the panel that shows this stage: the explanation links to it. */
  readonly panelHeadingId: string
  /** That panel's name. */
  readonly panel: string
}

export const FLOW_STAGES: readonly FlowStageInfo[] = [
  {
    id: 'command',
    title: 'Command',
    x: 0,
    y: 0,
    explanation:
      'A command is a request, like "add 3 apples"; it may be refused. You send them from the Commands panel.',
    panelHeadingId: 'commands-heading',
    panel: 'Commands',
  },
  {
    id: 'decide',
    title: 'Decide',
    x: 170,
    y: 0,
    explanation:
      'decide(command, state) checks the business rules against the loaded state and returns new events or an error.',
    panelHeadingId: 'commands-heading',
    panel: 'Commands',
  },
  {
    id: 'events',
    title: 'Events',
    x: 340,
    y: 0,
    explanation: 'Events are facts in the past tense, like ItemAdded: once appended they never change.',
    panelHeadingId: 'event-log-heading',
    panel: 'Event log',
  },
  {
    id: 'eventStore',
    title: 'Event store',
    x: 510,
    y: 0,
    explanation: 'The event store appends events to a stream at an expected version and gives each a global position.',
    panelHeadingId: 'event-log-heading',
    panel: 'Event log',
  },
  {
    id: 'evolve',
    title: 'Evolve',
    x: 680,
    y: 0,
    explanation:
      'evolve(state, event) folds one event into the state; replaying a stream is evolve applied to each event.',
    panelHeadingId: 'replayed-state-heading',
    panel: 'Replayed state',
  },
  {
    id: 'state',
    title: 'State',
    x: 850,
    y: 0,
    explanation: 'State is derived: it is whatever the events fold to, at any position you pick.',
    panelHeadingId: 'replayed-state-heading',
    panel: 'Replayed state',
  },
  {
    id: 'eventBus',
    title: 'Event bus',
    x: 340,
    y: 120,
    explanation:
      'The event bus hands every appended event to whoever subscribed: projections, and processes that react with commands.',
    panelHeadingId: 'event-log-heading',
    panel: 'Event log',
  },
  {
    id: 'process',
    title: 'Process',
    x: 170,
    y: 120,
    explanation:
      'A process (a saga) hears events on the bus and sends the next command of a job that spans aggregates, each decided by the rules like any other; a refused step is compensated.',
    panelHeadingId: 'read-models-heading',
    panel: 'Read models',
  },
  {
    id: 'projections',
    title: 'Projections',
    x: 680,
    y: 120,
    explanation:
      'A projection applies each new event after its checkpoint to a read model, and can rebuild it from scratch.',
    panelHeadingId: 'read-models-heading',
    panel: 'Read models',
  },
  {
    id: 'readModels',
    title: 'Read models',
    x: 850,
    y: 120,
    explanation: 'Read models are tables shaped for queries; the query side reads them and never writes events.',
    panelHeadingId: 'read-models-heading',
    panel: 'Read models',
  },
]

export const FLOW_EDGES: ReadonlyArray<{
  readonly id: string
  readonly source: FlowStage
  readonly target: FlowStage
}> = [
  { id: 'command-decide', source: 'command', target: 'decide' },
  { id: 'decide-events', source: 'decide', target: 'events' },
  { id: 'events-eventStore', source: 'events', target: 'eventStore' },
  { id: 'eventStore-evolve', source: 'eventStore', target: 'evolve' },
  { id: 'evolve-state', source: 'evolve', target: 'state' },
  { id: 'eventStore-projections', source: 'eventStore', target: 'projections' },
  { id: 'projections-readModels', source: 'projections', target: 'readModels' },
  { id: 'eventStore-eventBus', source: 'eventStore', target: 'eventBus' },
  { id: 'eventBus-process', source: 'eventBus', target: 'process' },
  { id: 'process-decide', source: 'process', target: 'decide' },
]

/** What the diagram shows for the event at the cursor. */
export interface FlowHighlight {
  /** The stage the event is at: the one marked current. */
  readonly current: FlowStage | null
  /** Stages and edges the event travels through. */
  readonly stages: ReadonlySet<FlowStage>
  readonly edges: ReadonlySet<string>
}

const REPLAY_STAGES: readonly FlowStage[] = ['eventStore', 'evolve', 'state', 'projections', 'readModels']
/** An event a process sent: heard on the bus, decided, stored, and on to the state and read models. */
const PROCESS_TRIP: readonly FlowStage[] = [
  'eventBus',
  'process',
  'decide',
  'events',
  'eventStore',
  'evolve',
  'state',
  'projections',
  'readModels',
]

/**
 * Live, the last event made the whole trip, from the command to the read models. An event that
 * arrived (imported, or from another tab) was never decided here; replaying, an event is read
 * back from the store and folded again: no command, no decision either way.
 */
export function flowHighlight(mode: FlowMode): FlowHighlight {
  if (mode === 'empty') return { current: null, stages: new Set(), edges: new Set() }
  const trip =
    mode === 'live'
      ? FLOW_STAGES.map((stage) => stage.id).filter((stage) => !PROCESS_STAGES.has(stage))
      : mode === 'process'
        ? PROCESS_TRIP
        : REPLAY_STAGES
  const stages = new Set<FlowStage>(trip)
  const edges = new Set(
    FLOW_EDGES.filter((edge) => stages.has(edge.source) && stages.has(edge.target))
      // A process's event is not carried back to the bus on this trip.
      .filter((edge) => mode !== 'process' || edge.id !== 'eventStore-eventBus')
      .map((edge) => edge.id),
  )
  return { current: mode === 'replay' ? 'evolve' : mode === 'process' ? 'process' : 'eventStore', stages, edges }
}

import type { RecordedEvent } from '../../kernel/eventstore'
import type { Exercise, ExerciseResult } from '../../kernel/learn/types'
import { eventsOfStream, foldRead, newestSampleStream } from '../../kernel/learn/sampleQueries'
import { asCatalogEvent } from './reading'
import { evolveCatalogItem, initialCatalogItemState, type CatalogItemState } from './state'

/** The moment exercise 2 asks about: noon on 4 March 2024, UTC. */
const ASKED_AT = '2024-03-04T12:00:00.000Z'
const ASKED_AT_WORDS = 'noon (UTC) on 4 March 2024'

const passed = (detail: string): ExerciseResult => ({ status: 'passed', detail })
const inProgress = (detail: string): ExerciseResult => ({ status: 'in progress', detail })
const NO_SAMPLE: ExerciseResult = {
  status: 'not started',
  detail: 'Load the Catalog item sample first (Load sample, with Catalog item chosen).',
}

/** The newest copy of the sample's bike-001 (a second load of the sample writes bike-001-2), if any. */
const bikeStream = (allEvents: readonly RecordedEvent[]) =>
  newestSampleStream(allEvents, 'CatalogItem', 'bike-001', 'ItemCreated')

const itemId = (streamId: string) => streamId.slice('CatalogItem-'.length)
const streamEvents = eventsOfStream
const fold = (events: readonly RecordedEvent[]): CatalogItemState =>
  foldRead(asCatalogEvent, evolveCatalogItem, initialCatalogItemState, events)

export const readTheHistory: Exercise = {
  id: 'catalog-history',
  number: 1,
  title: 'Read an item’s history',
  goal: 'The log is the history: who changed what and when, with no history table kept beside the data.',
  steps: [
    'Choose Catalog item in Domain, and press Load sample.',
    'Open the Audit trail of bike-001 (select it in Replayed state): each change, its time, its session and what changed.',
    'Answer: who changed its status to swapped, and how many updates (ItemUpdated) it had.',
  ],
  hints: [
    'The session column of the log and the audit trail is who made the change.',
    'Status changes are ItemStatusChanged events; updates are ItemUpdated.',
    'Filter the log by type to count the updates.',
  ],
  concept: { name: 'Event replay and history', view: 'playground', panel: 'Event log' },
  criteria:
    'Both answers match the sample bike-001’s events: the session of its swap, and its number of ItemUpdated events.',
  answerFields: [
    { name: 'who', label: 'Swapped by' },
    { name: 'updates', label: 'Number of updates' },
  ],
  question(allEvents) {
    const streamId = bikeStream(allEvents)
    return streamId ? `Who swapped ${itemId(streamId)}, and how many times was it updated?` : null
  },
  check({ allEvents, answers }) {
    const streamId = bikeStream(allEvents)
    if (!streamId) return NO_SAMPLE
    const history = streamEvents(allEvents, streamId)
    const swap = history.find((event) => {
      const read = asCatalogEvent(event)
      return read?.type === 'ItemStatusChanged' && read.data.changes.status.new === 'swapped'
    })
    if (!swap) return inProgress(`${itemId(streamId)} has not been swapped yet.`)
    const updates = history.filter((event) => event.type === 'ItemUpdated').length
    const who = (answers.who ?? '').trim()
    const count = (answers.updates ?? '').trim()
    if (!who || !count) return inProgress('Answer both questions.')
    const rightWho = who.toLowerCase() === swap.metadata.sessionId.toLowerCase()
    const rightCount = Number(count) === updates
    if (rightWho && rightCount) return passed(`Right: ${swap.metadata.sessionId} swapped it, after ${updates} updates.`)
    if (rightWho) return inProgress('Right person; count the ItemUpdated events again.')
    if (rightCount) {
      return inProgress(
        who.toLowerCase() === fold(history).ownerId.toLowerCase()
          ? 'That is the owner; the swap was made from another session. Look at its ItemStatusChanged event.'
          : 'Right count; look again at the session of the swap.',
      )
    }
    return inProgress('Not yet: read its events in the log or the audit trail.')
  },
}

export const statusAtAPastTime: Exercise = {
  id: 'catalog-status-then',
  number: 2,
  title: 'The status at a past time',
  goal: 'Travel to a moment by its time, not its position: the catalog service’s time travel by timestamp.',
  steps: [
    'With the Catalog item sample loaded, set As of in Time travel to noon on 4 March 2024 (Times in: UTC).',
    'Select bike-001 in Replayed state and read its status there.',
    'Type it below.',
  ],
  hints: [
    'As of moves every panel to the last event recorded by then.',
    'The status now is not the answer: bike-001 changed after that day.',
    'Statuses: active, reserved, swapped, withdrawn.',
  ],
  concept: { name: 'Temporal queries', view: 'playground', panel: 'Time travel' },
  criteria: `The answer is the sample bike-001’s status at ${ASKED_AT_WORDS}, from a replay of its events recorded by then.`,
  answerFields: [{ name: 'status', label: 'Status then' }],
  question(allEvents) {
    const streamId = bikeStream(allEvents)
    return streamId ? `What was ${itemId(streamId)}’s status at ${ASKED_AT_WORDS}?` : null
  },
  check({ allEvents, answers }) {
    const streamId = bikeStream(allEvents)
    if (!streamId) return NO_SAMPLE
    const typed = (answers.status ?? '').trim().toLowerCase()
    if (!typed) return inProgress(`Set As of to ${ASKED_AT_WORDS} and read the status.`)
    const history = streamEvents(allEvents, streamId)
    const then = fold(history.filter((event) => event.recordedAt <= ASKED_AT)).status
    if (typed === then) return passed(`Right: ${then} at that time.`)
    if (typed === fold(history).status) return inProgress('That is its status now: set As of to the time asked.')
    return inProgress('Not yet: that was not its status then.')
  },
}

export const rebuildTheItems: Exercise = {
  id: 'catalog-rebuild',
  number: 3,
  title: 'Rebuild the Items read model',
  goal: 'A read model is derived: throw it away and replay the log into it, and nothing is lost.',
  steps: [
    'In Read models, tick Pause projections, then update an item (Update item): the Items table falls behind.',
    'Untick Pause projections, or leave it: either way, press Rebuild Items.',
    'The table is replayed from the log, event by event, into the same rows.',
  ],
  hints: [
    'The lag line under Items says how many events it is behind.',
    'Rebuild clears the table and replays every event from position 1.',
    'The event log is the source of truth; read models are disposable.',
  ],
  concept: { name: 'Projections and CQRS', view: 'playground', panel: 'Read models' },
  criteria: 'After the last reset, the projections were paused, and then the Items read model was rebuilt.',
  check({ activity }) {
    const pausedAt = activity.findIndex((entry) => entry.kind === 'projections-paused')
    const rebuilt = activity.findIndex(
      (entry, index) => index > pausedAt && entry.kind === 'read-model-rebuilt' && entry.streamId === 'catalogItems',
    )
    if (pausedAt < 0) {
      const rebuiltOnly = activity.some(
        (entry) => entry.kind === 'read-model-rebuilt' && entry.streamId === 'catalogItems',
      )
      return rebuiltOnly
        ? inProgress('Rebuilt, but with nothing paused first: pause the projections, change an item, then rebuild.')
        : { status: 'not started', detail: 'Pause the projections in Read models first.' }
    }
    return rebuilt > pausedAt
      ? passed('Paused, then rebuilt: the Items table was replayed from the log.')
      : inProgress('Paused: now change an item and press Rebuild Items.')
  },
}

export const CATALOG_EXERCISES: readonly Exercise[] = [readTheHistory, statusAtAPastTime, rebuildTheItems]

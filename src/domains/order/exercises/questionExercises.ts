import type { OrderCommand } from '../commands'
import { addItemCommand, replayOrder } from '..'
import { formatCents, parseDollarsToCents } from '../../../kernel/money'
import type { RecordedEvent } from '../../../kernel/eventstore'
import { orderEventsWithPrefix } from './logQueries'
import type { Exercise, ExerciseResult } from '../../../kernel/learn/types'

const HISTORY_ORDER = 'ex5-history'
const TIMELINE_ORDER = 'ex8-timeline'

const streamOf = (events: readonly RecordedEvent[], orderId: string) =>
  orderEventsWithPrefix(events, orderId).filter((event) => event.streamId === `Order-${orderId}`)

const answer = (answers: Readonly<Record<string, string>>, name: string) => (answers[name] ?? '').trim()

/** Items the history of exercise 5 may hold, with their quantity and unit price. */
const HISTORY_ITEMS: readonly (readonly [string, number, number])[] = [
  ['apple', 2, 50],
  ['pear', 1, 80],
  ['fig', 3, 40],
  ['plum', 4, 30],
]

/**
 * A short history with one removed item, different on each attempt: the first removes pear at
 * version 5 (the card's original question); later ones remove another item at another version.
 */
function historyToQuery(orderId: string, round: number): readonly OrderCommand[] {
  const added = HISTORY_ITEMS.slice(0, 2 + (round % 3))
  const removed = added[round % added.length]!
  return [
    { type: 'CreateOrder', orderId, customerId: 'carol' },
    ...added.map(([item, quantity, cents]) => addItemCommand(orderId, item, quantity, cents)),
    { type: 'RemoveItem', orderId, itemId: removed[0] },
    addItemCommand(orderId, 'kiwi', 1, 60),
  ]
}

export const exercise5: Exercise = {
  id: 'query-history',
  number: 5,
  title: 'Query event history',
  goal: 'Answer a question about the past from the events alone: the current state cannot tell you.',
  steps: [
    'Press Prepare ex5-history: it records a short history for a new order.',
    'Open the playground and filter the event log by that order.',
    'Find which item was removed, and at which version of the stream, and answer below.',
  ],
  hints: [
    'Filter by stream: ex5-history.',
    'The Replayed state shows what is in the order now; the removed item is not there any more.',
    'The version is the stream’s own counter (the v column), not the global position.',
  ],
  concept: { name: 'Event replay and history', view: 'playground', panel: 'Event log' },
  criteria: `Order ${HISTORY_ORDER} was prepared, and both answers match its ItemRemoved event: the item and its version.`,
  answerFields: [
    { name: 'item', label: 'Removed item' },
    { name: 'version', label: 'Removed at version' },
  ],
  ids: [HISTORY_ORDER],
  question: (_, attempt) =>
    `Which item was removed from ${attempt.id(HISTORY_ORDER)}, and at which version of its stream?`,
  setup: {
    label: `Prepare ${HISTORY_ORDER}`,
    commands: (attempt) => historyToQuery(attempt.id(HISTORY_ORDER), attempt.round),
  },
  check({ events, answers, attempt }): ExerciseResult {
    const orderId = attempt.id(HISTORY_ORDER)
    const removed = streamOf(events, orderId).find((event) => event.type === 'ItemRemoved')
    if (!removed || removed.type !== 'ItemRemoved') {
      return { status: 'not started', detail: `Press Prepare ${orderId} to record its history.` }
    }
    const item = answer(answers, 'item').toLowerCase()
    const version = answer(answers, 'version')
    if (!item || !version) return { status: 'in progress', detail: 'Answer both questions.' }
    if (item === removed.data.itemId && Number(version) === removed.version) {
      return { status: 'passed', detail: `Right: ${removed.data.itemId} was removed at version ${removed.version}.` }
    }
    if (item === removed.data.itemId && Number(version) === removed.position && removed.position !== removed.version) {
      return {
        status: 'in progress',
        detail: `Right item, but ${version} is the event's global position (the # column): the question asks for the version of its stream (the v column).`,
      }
    }
    return { status: 'in progress', detail: 'Not yet: look for the ItemRemoved event of that stream.' }
  },
}

export const exercise6: Exercise = {
  id: 'version-conflict',
  number: 6,
  title: 'Handle a version conflict',
  goal: 'Meet optimistic concurrency: a stale append is refused, and you resolve it by reloading and retrying.',
  steps: [
    'Open the Conflict lab. In both panes, set Order ID to ex6-race; create it in Tab A, then press Load order in Tab B.',
    'Add an item in Tab A, then add another in Tab B, which still works from the old version.',
    'Read the Conflict alert in Tab B, then press Reload and retry.',
  ],
  hints: [
    'Tab B must load the order before Tab A changes it, or there is nothing stale.',
    'The alert names the version B expected, the version the store is at, and the event that got in first.',
    'Automatic retry counts too: it reloads and retries for you.',
  ],
  concept: { name: 'Versioning and optimistic locking', view: 'lab', panel: 'Conflict lab' },
  criteria:
    'A command on an order whose id starts with ex6- met a real version conflict (ConcurrencyError), and a reload and retry then appended it.',
  ids: ['ex6-race'],
  check({ activity }): ExerciseResult {
    const mine = activity.filter((entry) => entry.streamId.startsWith('Order-ex6-'))
    const conflictIndex = mine.findIndex((entry) => entry.kind === 'conflict')
    if (conflictIndex < 0)
      return { status: mine.length > 0 ? 'in progress' : 'not started', detail: 'No conflict on an ex6- order yet.' }
    const conflict = mine[conflictIndex]!
    const resolved = mine
      .slice(conflictIndex + 1)
      .some((entry) => entry.kind === 'conflict-resolved' && entry.streamId === conflict.streamId)
    return resolved
      ? { status: 'passed', detail: `The conflict on ${conflict.streamId} was resolved by reload and retry.` }
      : { status: 'in progress', detail: `A conflict on ${conflict.streamId}: now reload and retry.` }
  },
}

/** The global position the challenge asks about: where the attempt's ex8-timeline reached version 3. */
function challengePosition(allEvents: readonly RecordedEvent[], orderId: string): number | null {
  return streamOf(allEvents, orderId).find((event) => event.version === 3)?.position ?? null
}

export const exercise8: Exercise = {
  id: 'time-travel-query',
  number: 8,
  title: 'Challenge: time-travel query',
  goal: 'Ask the log what was true in the past: rebuild an order as it stood at an earlier position.',
  steps: [
    `Press Prepare ${TIMELINE_ORDER}: it records an order whose total goes up and down.`,
    'Open the playground and drag the Time travel slider to the position the question names.',
    `Select ${TIMELINE_ORDER} in Replayed state, read its total there, and type it below.`,
  ],
  hints: [
    'The slider’s label says “position p of N”: stop exactly at the position asked.',
    'Arrow keys move the slider one event at a time.',
    'Type the amount in dollars, such as 12.50.',
  ],
  concept: { name: 'Temporal queries', view: 'playground', panel: 'Time travel' },
  criteria: `Order ${TIMELINE_ORDER} was prepared, and the answer equals its total at the asked position, as a fresh replay computes it.`,
  answerFields: [{ name: 'total', label: 'Total at that position' }],
  ids: [TIMELINE_ORDER],
  question: (allEvents, attempt) => {
    const orderId = attempt.id(TIMELINE_ORDER)
    const position = challengePosition(allEvents, orderId)
    return position === null ? null : `What was the total of ${orderId} at position ${position}?`
  },
  setup: {
    label: `Prepare ${TIMELINE_ORDER}`,
    commands: (attempt) => {
      const orderId = attempt.id(TIMELINE_ORDER)
      // Each attempt buys a different number of apples, so its totals are its own.
      return [
        { type: 'CreateOrder', orderId, customerId: 'dave' },
        addItemCommand(orderId, 'apple', 2 + attempt.round, 150),
        addItemCommand(orderId, 'coffee', 2, 425),
        { type: 'RemoveItem', orderId, itemId: 'apple' },
        addItemCommand(orderId, 'mug', 1, 1200),
      ] satisfies OrderCommand[]
    },
  },
  check({ events, allEvents, answers, attempt }): ExerciseResult {
    const orderId = attempt.id(TIMELINE_ORDER)
    const position = challengePosition(allEvents, orderId)
    const prepared = streamOf(events, orderId).length > 0
    if (position === null || !prepared) {
      return { status: 'not started', detail: `Press Prepare ${orderId} to record its history.` }
    }
    const typed = answer(answers, 'total').replace(/^\$/, '').replace(/,/g, '')
    if (!typed) return { status: 'in progress', detail: `Find the total at position ${position}.` }
    const expected = replayOrder(streamOf(allEvents, orderId).filter((event) => event.position <= position)).totalCents
    return parseDollarsToCents(typed) === expected
      ? {
          status: 'passed',
          detail: `Right: ${formatCents(expected)} at position ${position}, checked by a fresh replay.`,
        }
      : { status: 'in progress', detail: `Not yet: that is not the total at position ${position}.` }
  },
}

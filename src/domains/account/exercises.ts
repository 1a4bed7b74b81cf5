import type { RecordedEvent } from '../../kernel/eventstore'
import type { Exercise, ExerciseResult } from '../../kernel/learn/types'
import { eventsOfStream, foldRead, newestSampleStream } from '../../kernel/learn/sampleQueries'
import { formatCents } from '../../kernel/money'
import { asAccountEvent } from './reading'
import { MISTAKE_REASON } from './samples'
import { evolveAccount, initialAccountState, type AccountState } from './state'

/** The moment exercise 1 asks about: the end of 7 January 2024, UTC. */
const ASKED_AT = '2024-01-07T23:59:59.999Z'
const ASKED_AT_WORDS = 'the end of 7 January 2024 (UTC)'

const passed = (detail: string): ExerciseResult => ({ status: 'passed', detail })
const inProgress = (detail: string): ExerciseResult => ({ status: 'in progress', detail })
const notStarted = (detail: string): ExerciseResult => ({ status: 'not started', detail })
const NO_SAMPLE = notStarted('Load the Bank account sample first (Load sample, with Bank account chosen).')

/** The newest copy of the sample's user_123 (a second load of the sample writes user_123-2), if any. */
const aliceStream = (allEvents: readonly RecordedEvent[]) =>
  newestSampleStream(allEvents, 'Account', 'user_123', 'AccountOpened')

const streamEvents = eventsOfStream
const fold = (events: readonly RecordedEvent[]): AccountState =>
  foldRead(asAccountEvent, evolveAccount, initialAccountState, events)

/** Dollars as a person types them: "150", "$150.00", "-270", "−$1,000.50". */
export function parseSignedCents(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[−–]/g, '-')
    .replace(/[$,\s]/g, '')
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned)
  if (!match) return null
  const cents = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'))
  return match[1] ? -cents : cents
}

const accountId = (streamId: string) => streamId.slice('Account-'.length)

export const balanceOnDate: Exercise = {
  id: 'bank-balance-on-date',
  number: 1,
  title: 'The balance on a past date',
  goal: 'Ask the log what was true on a day in the past: the state is rebuilt from the events recorded by then.',
  steps: [
    'Choose Bank account in Domain, and press Load sample: the lecture’s history goes in with its own dates.',
    `In Time travel, set As of to ${ASKED_AT_WORDS} (with Times in: UTC, that is 2024-01-07 23:59).`,
    'Read user_123’s balance in Replayed state, and type it below.',
  ],
  hints: [
    'As of moves every panel to the last event recorded at or before that time.',
    'Alice opened with $100.00 on 1 January and was paid on the 5th.',
    'Type the amount in dollars, such as 12.50.',
  ],
  concept: { name: 'Temporal queries', view: 'playground', panel: 'Time travel' },
  criteria: `The answer equals the sample's user_123 balance at ${ASKED_AT_WORDS}, as a fresh replay of its events recorded by then computes it.`,
  answerFields: [{ name: 'balance', label: 'Balance then' }],
  question(allEvents) {
    const streamId = aliceStream(allEvents)
    return streamId ? `What was the balance of ${accountId(streamId)} at ${ASKED_AT_WORDS}?` : null
  },
  check({ allEvents, answers }) {
    const streamId = aliceStream(allEvents)
    if (!streamId) return NO_SAMPLE
    const typed = (answers.balance ?? '').trim()
    if (!typed) return inProgress(`Set As of to ${ASKED_AT_WORDS} and read the balance.`)
    const events = streamEvents(allEvents, streamId)
    const then = fold(events.filter((event) => event.recordedAt <= ASKED_AT)).balanceCents
    const answer = parseSignedCents(typed)
    if (answer === then) return passed(`Right: ${formatCents(then)}, from the events recorded by then.`)
    if (answer === fold(events).balanceCents) {
      return inProgress('That is the balance now. Set As of to the date asked, and read it there.')
    }
    return inProgress('Not yet: that is not the balance at that time.')
  },
}

/** The first event that took the account's balance below zero. */
function firstNegative(events: readonly RecordedEvent[]): RecordedEvent | null {
  let state = initialAccountState
  for (const event of events) {
    const read = asAccountEvent(event)
    if (read) state = evolveAccount(state, read)
    if (state.balanceCents < 0) return event
  }
  return null
}

export const firstNegativeBalance: Exercise = {
  id: 'bank-first-negative',
  number: 2,
  title: 'When did the balance go negative?',
  goal: 'Find the moment a value changed by stepping through the history: a question the current state cannot answer.',
  steps: [
    'With the Bank account sample loaded, filter the event log by user_123.',
    'Step through its events (or drag the slider) and watch the balance in Replayed state.',
    'Type the position (the # column) of the event that first took the balance below $0.00.',
  ],
  hints: [
    'Step-by-step replay shows the balance before → after each event.',
    'The overdraft lets a balance go down to −$500.00.',
    'The position is the store’s global counter (#), not the stream’s version (v).',
  ],
  concept: { name: 'Event replay and history', view: 'playground', panel: 'Step-by-step replay' },
  criteria: 'The answer is the global position of the first event that took the sample’s user_123 below zero.',
  answerFields: [{ name: 'position', label: 'Position' }],
  question(allEvents) {
    const streamId = aliceStream(allEvents)
    return streamId ? `At which position did ${accountId(streamId)}’s balance first go below $0.00?` : null
  },
  check({ allEvents, answers }) {
    const streamId = aliceStream(allEvents)
    if (!streamId) return NO_SAMPLE
    const event = firstNegative(streamEvents(allEvents, streamId))
    if (!event) return inProgress(`${accountId(streamId)} has not gone below zero: its mistake is missing.`)
    const typed = (answers.position ?? '').trim().replace(/^#/, '')
    if (!typed) return inProgress('Step through the account’s events and find the position.')
    if (Number(typed) === event.position) return passed(`Right: position ${event.position}, ${event.type}.`)
    if (Number(typed) === event.version) {
      return inProgress(
        `${typed} is that event’s version in its stream (the v column): the question asks for its position (the # column).`,
      )
    }
    return inProgress('Not yet: the balance was not first negative there.')
  },
}

const MISTAKE_CENTS = 100_000

export const correctTheMistake: Exercise = {
  id: 'bank-compensate',
  number: 3,
  title: 'Correct a mistake without deleting it',
  goal: 'Events are never changed or deleted: a mistake is corrected by a new event that compensates for it.',
  steps: [
    'With the Bank account sample loaded, find user_123’s mistaken $1,000.00 withdrawal in the log.',
    'In Commands, send a Deposit of $1,000.00 to user_123 with a Source that says it corrects the mistake.',
    'Check the balance: it is what it would be without the mistake, and the mistake is still in the log.',
  ],
  hints: [
    'There is no Delete: the log is append-only, and the audit trail needs the mistake.',
    'Deposit exactly the mistaken amount, $1,000.00.',
    'This is a compensating event: accountants call it a reversing entry.',
  ],
  concept: { name: 'Compensating events', view: 'playground', panel: 'Commands' },
  criteria:
    'The mistaken $1,000.00 withdrawal is still in the log, a $1,000.00 deposit after it compensates for it, and the balance equals a replay without both.',
  check({ allEvents, events }) {
    const streamId = aliceStream(allEvents)
    if (!streamId) return NO_SAMPLE
    const history = streamEvents(allEvents, streamId)
    const mistake = history.find(
      (event) => event.type === 'MoneyWithdrawn' && (event.data as { reason?: unknown }).reason === MISTAKE_REASON,
    )
    if (!mistake) return inProgress(`The mistaken withdrawal is not in ${accountId(streamId)}’s history.`)
    const corrections = streamEvents(events, streamId).filter(
      (event) =>
        event.position > mistake.position &&
        event.type === 'MoneyDeposited' &&
        (event.data as { amountCents?: unknown }).amountCents === MISTAKE_CENTS,
    )
    if (corrections.length === 0) {
      return inProgress(`No $1,000.00 deposit to ${accountId(streamId)} after the mistake yet.`)
    }
    const now = fold(history).balanceCents
    const without = fold(history.filter((event) => event !== mistake && !corrections.includes(event))).balanceCents
    return now === without
      ? passed(
          `Corrected: the balance is ${formatCents(now)}, as without the mistake, and the mistake is still at position ${mistake.position}.`,
        )
      : inProgress(`The balance is ${formatCents(now)}; without the mistake it would be ${formatCents(without)}.`)
  },
}

export const transfersBothWays: Exercise = {
  id: 'bank-transfers',
  number: 4,
  title: 'A transfer that completes, and one that is compensated',
  goal: 'A process spans two accounts, one command per stream; when a later step is refused, an earlier one is compensated.',
  steps: [
    'With the Bank account sample loaded, send Transfer: From account user_123, To account bob_456, Amount 50.',
    'Watch the log: the Transfers process withdraws, deposits and marks the transfer completed.',
    'Send Transfer from bob_456 to carol_789 (a closed account): the deposit is refused, so the money goes back.',
  ],
  hints: [
    'The Transfers read model shows each transfer’s stage and next step.',
    'A transfer to an account that is closed, or that does not exist, is compensated.',
    'Each event’s details link it to the event that caused it.',
  ],
  concept: { name: 'Process managers (sagas)', view: 'playground', panel: 'Read models' },
  criteria:
    'After the last reset, one transfer reached TransferCompleted, and another had its money returned (a deposit back to the sender) and then TransferFailed.',
  check({ events }) {
    const typeOf = (transferId: string, type: string) =>
      events.some((event) => event.type === type && (event.data as { transferId?: unknown }).transferId === transferId)
    const requested = events.flatMap((event) => {
      const read = asAccountEvent(event)
      return read?.type === 'TransferRequested' ? [read.data] : []
    })
    if (requested.length === 0) return notStarted('No transfer sent since the last reset.')
    const completed = requested.some((transfer) => typeOf(transfer.transferId, 'TransferCompleted'))
    const returned = requested.filter((transfer) =>
      events.some((event) => {
        const read = asAccountEvent(event)
        return (
          read?.type === 'MoneyDeposited' &&
          read.data.transferId === transfer.transferId &&
          read.data.accountId === transfer.accountId
        )
      }),
    )
    const compensated = returned.some((transfer) => typeOf(transfer.transferId, 'TransferFailed'))
    if (completed && compensated) return passed('One transfer completed, and one was compensated: its money went back.')
    const failedEarly = requested.some((transfer) => typeOf(transfer.transferId, 'TransferFailed')) && !compensated
    if (!completed) return inProgress('No transfer has completed yet.')
    if (failedEarly) {
      return inProgress(
        'That transfer failed before any money moved (the withdrawal was refused): send one to a closed account.',
      )
    }
    return inProgress('One completed: now send one whose deposit is refused (to a closed account).')
  },
}

export const ACCOUNT_EXERCISES: readonly Exercise[] = [
  balanceOnDate,
  firstNegativeBalance,
  correctTheMistake,
  transfersBothWays,
]

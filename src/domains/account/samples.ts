import type { AccountCommand } from './commands'

type Scheduled = readonly [at: string, command: AccountCommand]

const open = (accountId: string, owner: string, initialBalanceCents: number): AccountCommand => ({
  type: 'OpenAccount',
  accountId,
  owner,
  initialBalanceCents,
})
const deposit = (accountId: string, amountCents: number, source: string): AccountCommand => ({
  type: 'Deposit',
  accountId,
  amountCents,
  source,
})
const withdraw = (accountId: string, amountCents: number, reason: string): AccountCommand => ({
  type: 'Withdraw',
  accountId,
  amountCents,
  reason,
})

/** The reason on the sample's mistaken withdrawal: the exercises look for it. */
export const MISTAKE_REASON = 'Rent, typed as $1,000.00 instead of $100.00 (mistake)'

/**
 * The lecture's account, with its own dates: Alice's user_123 opened with $100.00 on 1 January 2024,
 * $50.00 from a paycheck, $20.00 at an ATM; later a salary, then a mistaken $1,000.00 withdrawal
 * that takes the balance below zero. Beside it: Bob's busy account, Carol's account closed at zero,
 * and Dave's, opened in 2023 (deposits per year have two years to show).
 */
const SCHEDULED: readonly Scheduled[] = [
  ['2023-11-20T09:00:00Z', open('dave_321', 'Dave', 7_500)],
  ['2023-12-24T18:00:00Z', deposit('dave_321', 20_000, 'holiday bonus')],
  ['2024-01-01T10:00:00Z', open('user_123', 'Alice', 10_000)],
  ['2024-01-03T11:20:00Z', open('bob_456', 'Bob', 250_000)],
  ['2024-01-05T14:30:00Z', deposit('user_123', 5_000, 'paycheck')],
  ['2024-01-08T16:00:00Z', open('carol_789', 'Carol', 0)],
  ['2024-01-09T12:00:00Z', deposit('carol_789', 4_000, 'birthday gift')],
  ['2024-01-10T09:15:00Z', withdraw('user_123', 2_000, 'ATM withdrawal')],
  ['2024-01-11T17:45:00Z', withdraw('carol_789', 4_000, 'bookshop')],
  ['2024-01-12T10:05:00Z', deposit('bob_456', 30_000, 'tax refund')],
  ['2024-01-15T08:30:00Z', { type: 'CloseAccount', accountId: 'carol_789' }],
  ['2024-01-20T13:10:00Z', withdraw('bob_456', 12_000, 'groceries')],
  ['2024-01-25T09:00:00Z', deposit('user_123', 60_000, 'salary')],
  ['2024-01-26T08:00:00Z', withdraw('user_123', 100_000, MISTAKE_REASON)],
  ['2024-02-01T09:00:00Z', deposit('dave_321', 5_000, 'pocket money')],
]

export const ACCOUNT_SAMPLE: readonly AccountCommand[] = SCHEDULED.map(([, command]) => command)
export const ACCOUNT_SAMPLE_SCHEDULE: readonly { readonly at: string }[] = SCHEDULED.map(([at]) => ({ at }))

import type { CommandField, DomainModule } from '../../kernel/domainModule'
import { accountCommandsTowards } from './towards'
import { formatCents } from '../../kernel/money'
import type { Projection } from '../../kernel/readside/projection'
import type { Process } from '../../kernel/process/process'
import { MAX_ACCOUNT_ID_LENGTH, MAX_AMOUNT_CENTS, MAX_NOTE_LENGTH, type AccountCommand } from './commands'
import { accountIdProblem, decideAccount } from './decide'
import {
  accountFields,
  accountTables,
  describeAccountChanges,
  diffAccountState,
  summarizeStoredAccountEvent,
} from './describe'
import { ACCOUNT_EVENT_TYPES, ACCOUNT_SCHEMA_VERSION, type AccountEvent } from './events'
import { ACCOUNT_EXERCISES } from './exercises'
import { ACCOUNT_LIFECYCLE } from './lifecycle'
import { activityProjection, balancesProjection, depositsPerYearProjection } from './projections'
import { ACCOUNT_RACES } from './races'
import { readAccountEvent } from './reading'
import { ACCOUNT_SAMPLE, ACCOUNT_SAMPLE_SCHEDULE } from './samples'
import { evolveAccount, initialAccountState, type AccountState } from './state'
import { transfersProcess, transfersProjection } from './transfers'

const accountId: CommandField = {
  name: 'accountId',
  label: 'Account ID',
  kind: 'id',
  maxLength: MAX_ACCOUNT_ID_LENGTH,
  defaultValue: 'user_123',
}
const amount = (defaultValue: string): CommandField => ({
  name: 'amountCents',
  label: 'Amount',
  kind: 'money',
  min: 1,
  max: MAX_AMOUNT_CENTS,
  defaultValue,
  description: 'In dollars; stored as whole cents.',
})

/** A long-lived account for the snapshot lab: opened, then deposits and withdrawals in turn. */
function longAccountEvents(target: string, count: number): AccountEvent[] {
  const events: AccountEvent[] = [
    { type: 'AccountOpened', data: { accountId: target, owner: 'Long', initialBalanceCents: 10_000 } },
  ]
  while (events.length < count) {
    events.push(
      events.length % 2 === 1
        ? { type: 'MoneyDeposited', data: { accountId: target, amountCents: 500, source: 'savings' } }
        : { type: 'MoneyWithdrawn', data: { accountId: target, amountCents: 500, reason: 'spending' } },
    )
  }
  return events
}

/** The lecture's bank account: open, deposit, withdraw within an overdraft, close at zero; transfers across accounts. */
export const accountModule: DomainModule<AccountCommand, AccountEvent, AccountState> = {
  category: 'Account',
  source: { path: 'src/domains/account/module', exportName: 'accountModule' },
  commandsTowards: accountCommandsTowards,
  title: 'Bank account',
  entityName: 'account',
  targetOf: (command) => command.accountId,
  idProblem: accountIdProblem,
  commands: [
    {
      type: 'OpenAccount',
      label: 'Open account',
      fields: [
        accountId,
        { name: 'owner', label: 'Owner', kind: 'text', maxLength: MAX_NOTE_LENGTH, defaultValue: 'Alice' },
        {
          name: 'initialBalanceCents',
          label: 'Initial balance',
          kind: 'money',
          min: 0,
          max: MAX_AMOUNT_CENTS,
          defaultValue: '100.00',
          description: 'In dollars; stored as whole cents.',
        },
      ],
    },
    {
      type: 'Deposit',
      label: 'Deposit',
      fields: [
        accountId,
        amount('50.00'),
        { name: 'source', label: 'Source', kind: 'text', maxLength: MAX_NOTE_LENGTH, defaultValue: 'paycheck' },
      ],
    },
    {
      type: 'Withdraw',
      label: 'Withdraw',
      fields: [
        accountId,
        amount('20.00'),
        { name: 'reason', label: 'Reason', kind: 'text', maxLength: MAX_NOTE_LENGTH, defaultValue: 'ATM withdrawal' },
      ],
    },
    {
      type: 'Transfer',
      label: 'Transfer',
      fields: [
        { ...accountId, label: 'From account' },
        {
          name: 'toAccountId',
          label: 'To account',
          kind: 'id',
          maxLength: MAX_ACCOUNT_ID_LENGTH,
          defaultValue: 'bob_456',
        },
        amount('50.00'),
      ],
    },
    { type: 'CloseAccount', label: 'Close account', fields: [accountId] },
  ],
  eventTypes: ACCOUNT_EVENT_TYPES,
  schemaVersion: ACCOUNT_SCHEMA_VERSION,
  readEvent: readAccountEvent,
  decider: { decide: decideAccount, evolve: evolveAccount, initialState: initialAccountState },
  stateShapeVersion: 1,
  summarize: summarizeStoredAccountEvent,
  diff: diffAccountState,
  describeChanges: describeAccountChanges,
  nameOf: (state) => state.accountId,
  stateFields: accountFields,
  headline: (state) => formatCents(state.balanceCents),
  stateTables: accountTables,
  lifecycle: ACCOUNT_LIFECYCLE,
  projections: [
    balancesProjection,
    activityProjection,
    depositsPerYearProjection,
    transfersProjection,
  ] as readonly Projection<unknown>[],
  processes: [transfersProcess] as readonly Process<unknown>[],
  sample: ACCOUNT_SAMPLE,
  sampleSchedule: ACCOUNT_SAMPLE_SCHEDULE,
  walkthrough: 'Open account, Deposit, then Withdraw: the lecture’s first three events',
  exercises: ACCOUNT_EXERCISES,
  races: ACCOUNT_RACES,
  longStream: longAccountEvents,
}

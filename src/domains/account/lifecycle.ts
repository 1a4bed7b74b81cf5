import type { Lifecycle } from '../../kernel/domainModule'
import type { AccountEvent } from './events'
import { ACCOUNT_STATUS_WORDS, type AccountState, type AccountStatus } from './state'

const STATUSES: readonly AccountStatus[] = ['not_opened', 'open', 'closed']

/**
 * An account is opened, moves money while open, and closes once, at a zero balance. A transfer's
 * own events keep it open too; they are left out of the picture, where five loops would hide it.
 */
export const ACCOUNT_LIFECYCLE: Lifecycle<AccountEvent, AccountState> = {
  states: STATUSES.map((status) => ({ id: status, label: ACCOUNT_STATUS_WORDS[status] })),
  transitions: [
    { event: 'AccountOpened', from: 'not_opened', to: 'open' },
    { event: 'MoneyDeposited', from: 'open', to: 'open' },
    { event: 'MoneyWithdrawn', from: 'open', to: 'open' },
    { event: 'AccountClosed', from: 'open', to: 'closed' },
  ],
  statusOf: (state) => state.status,
}

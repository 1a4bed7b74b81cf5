import type { StateField, StateTable, StoredEvent } from '../../kernel/domainModule'
import { diffByFields, phrasesOf } from '../../kernel/fieldChanges'
import { formatCents } from '../../kernel/money'
import type { AccountEvent } from './events'
import { asAccountEvent } from './reading'
import { ACCOUNT_STATUS_WORDS, transfersInFlight, type AccountState } from './state'

/** One line that says what an account event means. */
export function summarizeAccountEvent(event: AccountEvent): string {
  const { data } = event
  switch (event.type) {
    case 'AccountOpened':
      return `account ${event.data.accountId} for ${event.data.owner} with ${formatCents(event.data.initialBalanceCents)}`
    case 'MoneyDeposited':
      return `+${formatCents(event.data.amountCents)} from ${event.data.source}`
    case 'MoneyWithdrawn':
      return `−${formatCents(event.data.amountCents)}: ${event.data.reason}`
    case 'TransferRequested':
      return `transfer ${event.data.transferId}: ${formatCents(event.data.amountCents)} to ${event.data.toAccountId}`
    case 'TransferCompleted':
      return `transfer ${event.data.transferId} completed`
    case 'TransferFailed':
      return `transfer ${event.data.transferId} failed: ${event.data.reason}`
    case 'AccountClosed':
      return `account ${data.accountId} closed`
  }
}

export function summarizeStoredAccountEvent(stored: StoredEvent): string {
  const event = asAccountEvent(stored)
  return event ? summarizeAccountEvent(event) : JSON.stringify(stored.data)
}

const transfersWords = (state: AccountState) => {
  const open = transfersInFlight(state)
  return open.length === 0 ? 'none' : open.join(', ')
}

/** The account's fields, for the replayed state, the diff and the audit trail alike. */
export function accountFields(state: AccountState): StateField[] {
  return [
    { label: 'Status', value: ACCOUNT_STATUS_WORDS[state.status] },
    { label: 'Owner', value: state.owner ?? '—' },
    { label: 'Balance', value: formatCents(state.balanceCents) },
    { label: 'Transfers in flight', value: transfersWords(state) },
    { label: 'Version', value: String(state.version) },
  ]
}

/** What changed between two states of one account, field by field. */
export const diffAccountState = diffByFields(accountFields)

/** The same differences as short phrases, for the audit trail (the version is the row's own). */
export const describeAccountChanges = phrasesOf(diffAccountState)

/** Every transfer the account took part in, for the replayed state. */
export function accountTables(state: AccountState): StateTable[] {
  return [
    {
      caption: `Transfers of ${state.accountId ?? ''}`,
      columns: ['Transfer', 'Amount', 'Stage'],
      rows: Object.entries(state.transfers).map(([transferId, transfer]) => ({
        key: transferId,
        cells: [
          transferId,
          formatCents(transfer.amountCents),
          transfer.role === 'sender' ? `${transfer.stage}, to ${transfer.counterparty}` : `${transfer.stage}, received`,
        ],
      })),
      empty: 'No transfers.',
    },
  ]
}

import type { AccountEvent } from './events'

export type AccountStatus = 'not_opened' | 'open' | 'closed'

export const ACCOUNT_STATUS_WORDS: Record<AccountStatus, string> = {
  not_opened: 'not opened',
  open: 'open',
  closed: 'closed',
}

/** Where one transfer stands, as the account that sent or received it knows it. */
export interface TransferOnAccount {
  readonly role: 'sender' | 'receiver'
  readonly counterparty: string
  readonly amountCents: number
  /** sender: requested → withdrawn → (returned) → completed or failed; receiver: deposited. */
  readonly stage: 'requested' | 'withdrawn' | 'returned' | 'deposited' | 'completed' | 'failed'
}

export interface AccountState {
  readonly version: number
  readonly status: AccountStatus
  readonly accountId: string | null
  readonly owner: string | null
  readonly balanceCents: number
  /** Every transfer this account took part in, by transfer id: what keeps each step to once. */
  readonly transfers: Readonly<Record<string, TransferOnAccount>>
}

export const initialAccountState: AccountState = {
  version: 0,
  status: 'not_opened',
  accountId: null,
  owner: null,
  balanceCents: 0,
  transfers: {},
}

/** Transfers sent from this account that have not finished. */
export function transfersInFlight(state: AccountState): string[] {
  return Object.entries(state.transfers)
    .filter(
      ([, transfer]) => transfer.role === 'sender' && transfer.stage !== 'completed' && transfer.stage !== 'failed',
    )
    .map(([transferId]) => transferId)
}

function withTransfer(
  state: AccountState,
  transferId: string,
  change: Partial<TransferOnAccount>,
): AccountState['transfers'] {
  const known = state.transfers[transferId]
  const next: TransferOnAccount = known
    ? { ...known, ...change }
    : { role: 'receiver', counterparty: '', amountCents: 0, stage: 'deposited', ...change }
  return { ...state.transfers, [transferId]: next }
}

/** Folds one account event. */
export function evolveAccount(state: AccountState, event: AccountEvent): AccountState {
  const version = state.version + 1
  switch (event.type) {
    case 'AccountOpened':
      return {
        ...state,
        version,
        status: 'open',
        accountId: event.data.accountId,
        owner: event.data.owner,
        balanceCents: event.data.initialBalanceCents,
      }
    case 'MoneyDeposited': {
      const { transferId, amountCents } = event.data
      const balanceCents = state.balanceCents + amountCents
      if (transferId === undefined) return { ...state, version, balanceCents }
      const sent = state.transfers[transferId]?.role === 'sender'
      const transfers = withTransfer(
        state,
        transferId,
        sent ? { stage: 'returned' } : { role: 'receiver', amountCents, stage: 'deposited' },
      )
      return { ...state, version, balanceCents, transfers }
    }
    case 'MoneyWithdrawn': {
      const { transferId, amountCents } = event.data
      const balanceCents = state.balanceCents - amountCents
      if (transferId === undefined) return { ...state, version, balanceCents }
      return { ...state, version, balanceCents, transfers: withTransfer(state, transferId, { stage: 'withdrawn' }) }
    }
    case 'TransferRequested': {
      const { transferId, toAccountId, amountCents } = event.data
      const transfer: TransferOnAccount = { role: 'sender', counterparty: toAccountId, amountCents, stage: 'requested' }
      return { ...state, version, transfers: { ...state.transfers, [transferId]: transfer } }
    }
    case 'TransferCompleted':
      return { ...state, version, transfers: withTransfer(state, event.data.transferId, { stage: 'completed' }) }
    case 'TransferFailed':
      return { ...state, version, transfers: withTransfer(state, event.data.transferId, { stage: 'failed' }) }
    case 'AccountClosed':
      return { ...state, version, status: 'closed' }
  }
}

import { accept, idRule as checkId, reject, type Decision, type DomainError } from '../../kernel/decider'
import { formatCents } from '../../kernel/money'
import {
  MAX_ACCOUNT_ID_LENGTH,
  MAX_AMOUNT_CENTS,
  MAX_NOTE_LENGTH,
  OVERDRAFT_LIMIT_CENTS,
  type AccountCommand,
} from './commands'
import type { AccountEvent } from './events'
import { transfersInFlight, type AccountState } from './state'

/** Every rule an account command can break. Stable codes: tests and the Transfers process match on them. */
export type AccountErrorCode =
  | 'InvalidId'
  | 'InvalidAmount'
  | 'InvalidNote'
  | 'AccountExists'
  | 'AccountNotFound'
  | 'AccountClosed'
  | 'Overdraft'
  | 'BalanceNotZero'
  | 'TransferToSelf'
  | 'TransferInFlight'
  | 'UnknownTransfer'
  | 'StepAlreadyTaken'

type AccountDecision = Decision<AccountEvent, AccountErrorCode>

const idRule = (label: string, value: string) => checkId(label, value, MAX_ACCOUNT_ID_LENGTH)

/** The rule an account id must meet, or undefined when it does. */
export function accountIdProblem(accountId: string): DomainError<AccountErrorCode> | undefined {
  const decision = idRule('Account ID', accountId)
  return decision && !decision.ok ? decision.error : undefined
}

function amountRule(label: string, cents: number, min: number): AccountDecision | undefined {
  if (!Number.isInteger(cents) || cents < min || cents > MAX_AMOUNT_CENTS) {
    return reject(
      'InvalidAmount',
      `${label} must be from ${formatCents(min)} to ${formatCents(MAX_AMOUNT_CENTS)} (got ${Number.isFinite(cents) ? formatCents(Math.round(cents)) : String(cents)}).`,
    )
  }
  return undefined
}

function noteRule(label: string, text: string): AccountDecision | undefined {
  if (text.trim().length === 0)
    return reject('InvalidNote', `${label} is required: say where the money comes from or goes.`)
  if (text.length > MAX_NOTE_LENGTH)
    return reject('InvalidNote', `${label} must be at most ${MAX_NOTE_LENGTH} characters.`)
  return undefined
}

function openAccountRule(state: AccountState, accountId: string, action: string): AccountDecision | undefined {
  if (state.status === 'not_opened')
    return reject('AccountNotFound', `Account ${accountId} does not exist: open it before you ${action}.`)
  if (state.status === 'closed')
    return reject('AccountClosed', `Account ${accountId} is closed: a closed account takes no more commands.`)
  return undefined
}

function decideWithdraw(command: Extract<AccountCommand, { type: 'Withdraw' }>, state: AccountState): AccountDecision {
  const { accountId, amountCents, reason, transferId } = command
  const broken =
    amountRule('Amount', amountCents, 1) ?? noteRule('Reason', reason) ?? openAccountRule(state, accountId, 'withdraw')
  if (broken) return broken
  if (transferId !== undefined) {
    const transfer = state.transfers[transferId]
    if (!transfer || transfer.role !== 'sender')
      return reject('UnknownTransfer', `Account ${accountId} sent no transfer ${transferId}.`)
    if (transfer.stage !== 'requested')
      return reject('StepAlreadyTaken', `Transfer ${transferId} has already been withdrawn.`)
  }
  const after = state.balanceCents - amountCents
  if (after < -OVERDRAFT_LIMIT_CENTS) {
    return reject(
      'Overdraft',
      `Withdrawing ${formatCents(amountCents)} would take ${accountId} to ${formatCents(after)}; the overdraft limit is ${formatCents(-OVERDRAFT_LIMIT_CENTS)}.`,
    )
  }
  return accept({
    type: 'MoneyWithdrawn',
    data: { accountId, amountCents, reason, ...(transferId ? { transferId } : {}) },
  })
}

function decideDeposit(command: Extract<AccountCommand, { type: 'Deposit' }>, state: AccountState): AccountDecision {
  const { accountId, amountCents, source, transferId } = command
  const broken =
    amountRule('Amount', amountCents, 1) ?? noteRule('Source', source) ?? openAccountRule(state, accountId, 'deposit')
  if (broken) return broken
  if (transferId !== undefined) {
    const transfer = state.transfers[transferId]
    if (transfer?.role === 'receiver')
      return reject('StepAlreadyTaken', `Transfer ${transferId} has already been deposited here.`)
    if (transfer?.role === 'sender' && transfer.stage !== 'withdrawn') {
      return reject('StepAlreadyTaken', `Transfer ${transferId} is ${transfer.stage}: nothing is to be returned.`)
    }
  }
  return accept({
    type: 'MoneyDeposited',
    data: { accountId, amountCents, source, ...(transferId ? { transferId } : {}) },
  })
}

function finishRule(state: AccountState, accountId: string, transferId: string): AccountDecision | undefined {
  const transfer = state.transfers[transferId]
  if (!transfer || transfer.role !== 'sender')
    return reject('UnknownTransfer', `Account ${accountId} sent no transfer ${transferId}.`)
  if (transfer.stage === 'completed' || transfer.stage === 'failed') {
    return reject(
      'StepAlreadyTaken',
      `Transfer ${transferId} has already ${transfer.stage === 'completed' ? 'completed' : 'failed'}.`,
    )
  }
  return undefined
}

/** The bank account's rules: each command becomes events, or a refusal in a sentence. */
export function decideAccount(command: AccountCommand, state: AccountState): AccountDecision {
  const invalidId = idRule('Account ID', command.accountId)
  if (invalidId) return invalidId
  const { accountId } = command
  switch (command.type) {
    case 'OpenAccount': {
      const broken =
        (command.owner.trim().length === 0 ? reject('InvalidNote', 'Owner is required.') : undefined) ??
        (command.owner.length > MAX_NOTE_LENGTH
          ? reject('InvalidNote', `Owner must be at most ${MAX_NOTE_LENGTH} characters.`)
          : undefined) ??
        amountRule('Initial balance', command.initialBalanceCents, 0)
      if (broken) return broken
      if (state.status !== 'not_opened')
        return reject('AccountExists', `Account ${accountId} already exists; an account is opened once.`)
      return accept({
        type: 'AccountOpened',
        data: { accountId, owner: command.owner.trim(), initialBalanceCents: command.initialBalanceCents },
      })
    }
    case 'Deposit':
      return decideDeposit(command, state)
    case 'Withdraw':
      return decideWithdraw(command, state)
    case 'Transfer': {
      const { toAccountId, amountCents } = command
      const broken =
        idRule('To account', toAccountId) ??
        amountRule('Amount', amountCents, 1) ??
        openAccountRule(state, accountId, 'transfer')
      if (broken) return broken
      if (toAccountId === accountId) return reject('TransferToSelf', 'A transfer needs two different accounts.')
      // The stream's next version makes the id unique, and the same on a retry of the same decision.
      const transferId = `${accountId}.t${state.version + 1}`
      return accept({ type: 'TransferRequested', data: { accountId, transferId, toAccountId, amountCents } })
    }
    case 'CompleteTransfer': {
      const broken = finishRule(state, accountId, command.transferId)
      if (broken) return broken
      return accept({ type: 'TransferCompleted', data: { accountId, transferId: command.transferId } })
    }
    case 'FailTransfer': {
      const broken = finishRule(state, accountId, command.transferId)
      if (broken) return broken
      return accept({
        type: 'TransferFailed',
        data: { accountId, transferId: command.transferId, reason: command.reason },
      })
    }
    case 'CloseAccount': {
      const broken = openAccountRule(state, accountId, 'close it')
      if (broken) return broken
      if (state.balanceCents !== 0) {
        return reject(
          'BalanceNotZero',
          `Account ${accountId} holds ${formatCents(state.balanceCents)}: an account closes only at a zero balance.`,
        )
      }
      const inFlight = transfersInFlight(state)
      if (inFlight.length > 0) {
        return reject(
          'TransferInFlight',
          `Transfer ${inFlight.join(', ')} from ${accountId} has not finished yet: close the account after it does.`,
        )
      }
      return accept({ type: 'AccountClosed', data: { accountId } })
    }
  }
}

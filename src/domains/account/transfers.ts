import { formatCents } from '../../kernel/money'
import type { Process, ProcessStep } from '../../kernel/process/process'
import type { Projection } from '../../kernel/readside/projection'
import type { AccountCommand } from './commands'
import type { AccountErrorCode } from './decide'
import { asAccountEvent } from './reading'

/** Where a transfer across two accounts stands, as the Transfers process sees it. */
export type TransferStage = 'requested' | 'withdrawn' | 'deposited' | 'returned' | 'completed' | 'failed'

export interface TransferRow {
  readonly transferId: string
  readonly fromAccountId: string
  readonly toAccountId: string
  readonly amountCents: number
  readonly stage: TransferStage
  /** Why it failed, or why the money went back. */
  readonly reason: string | null
  /** The event that brought it to this stage: the cause of its next step. */
  readonly lastEventId: string
  readonly correlationId: string
}

const NEXT_STEP: Record<TransferStage, string> = {
  requested: 'withdraw from the sender',
  withdrawn: 'deposit to the receiver',
  deposited: 'mark completed',
  returned: 'mark failed',
  completed: '—',
  failed: '—',
}

/** The Transfers process's own state: one row per transfer, moved on by the events each step appends. */
export const transfersProjection: Projection<TransferRow, 'transfers'> = {
  name: 'transfers',
  version: 1,
  eventTypes: ['TransferRequested', 'MoneyWithdrawn', 'MoneyDeposited', 'TransferCompleted', 'TransferFailed'],
  title: 'Transfers',
  tables: (rows) => [
    {
      caption: 'Transfers',
      noun: 'transfer',
      columns: ['Transfer', 'From', 'To', 'Amount', 'Stage', 'Next step'],
      wrapColumns: [4],
      rows: [...rows.values()].map((row) => ({
        key: row.transferId,
        cells: [
          row.transferId,
          row.fromAccountId,
          row.toAccountId,
          formatCents(row.amountCents),
          row.reason ? `${row.stage}: ${row.reason}` : row.stage,
          NEXT_STEP[row.stage],
        ],
      })),
    },
  ],
  handle(event, rowOf) {
    const read = event.streamId.startsWith('Account-') ? asAccountEvent(event) : undefined
    if (!read) return []
    const caused = (row: TransferRow, change: Partial<TransferRow>): TransferRow => ({
      ...row,
      ...change,
      lastEventId: event.eventId ?? row.lastEventId,
      correlationId: event.metadata?.correlationId ?? row.correlationId,
    })
    if (read.type === 'TransferRequested') {
      const { transferId, accountId, toAccountId, amountCents } = read.data
      const row: TransferRow = {
        transferId,
        fromAccountId: accountId,
        toAccountId,
        amountCents,
        stage: 'requested',
        reason: null,
        lastEventId: '',
        correlationId: '',
      }
      return [{ key: transferId, row: caused(row, {}) }]
    }
    const transferId = 'transferId' in read.data ? read.data.transferId : undefined
    const row = transferId === undefined ? undefined : rowOf(transferId)
    if (!row || transferId === undefined) return []
    const onSender = read.data.accountId === row.fromAccountId
    const stageOf = (): Partial<TransferRow> | null => {
      switch (read.type) {
        case 'MoneyWithdrawn':
          return onSender ? { stage: 'withdrawn' } : null
        case 'MoneyDeposited':
          return onSender ? { stage: 'returned', reason: read.data.source } : { stage: 'deposited' }
        case 'TransferCompleted':
          return { stage: 'completed' }
        case 'TransferFailed':
          return { stage: 'failed', reason: read.data.reason }
        default:
          return null
      }
    }
    const change = stageOf()
    return change ? [{ key: transferId, row: caused(row, change) }] : []
  },
}

const TAKEN: AccountErrorCode = 'StepAlreadyTaken'

const account = (command: AccountCommand) => ({ category: 'Account', command })

function stepOf(row: TransferRow): ProcessStep | null {
  const { transferId, fromAccountId: from, toAccountId: to, amountCents } = row
  const causedBy = { eventId: row.lastEventId, correlationId: row.correlationId }
  const step = (name: string, says: string, command: AccountCommand, ifRefused?: ProcessStep['ifRefused']) => ({
    key: `${transferId}:${name}`,
    says: `Transfer ${transferId}: ${says}`,
    causedBy,
    ...account(command),
    ...(ifRefused ? { ifRefused } : {}),
  })
  const fail = (reason: string) => account({ type: 'FailTransfer', accountId: from, transferId, reason })
  switch (row.stage) {
    case 'requested':
      return step(
        'withdraw',
        `withdraw ${formatCents(amountCents)} from ${from}`,
        { type: 'Withdraw', accountId: from, amountCents, reason: `Transfer ${transferId} to ${to}`, transferId },
        (reason) => fail(`the withdrawal was refused: ${reason}`),
      )
    case 'withdrawn':
      return step(
        'deposit',
        `deposit ${formatCents(amountCents)} to ${to}`,
        { type: 'Deposit', accountId: to, amountCents, source: `Transfer ${transferId} from ${from}`, transferId },
        // The compensation: the money goes back where it came from.
        (reason) =>
          account({
            type: 'Deposit',
            accountId: from,
            amountCents,
            source: `Returned: transfer ${transferId} could not be deposited (${reason.replace(/\.$/, '')})`,
            transferId,
          }),
      )
    case 'deposited':
      return step('complete', 'mark completed', { type: 'CompleteTransfer', accountId: from, transferId })
    case 'returned':
      return step('fail', 'mark failed', {
        type: 'FailTransfer',
        accountId: from,
        transferId,
        reason: `the deposit to ${to} was refused, and the money was returned to ${from}`,
      })
    case 'completed':
    case 'failed':
      return null
  }
}

/**
 * A transfer across two accounts, each step a command on one account's stream with its own expected
 * version: withdraw from the sender, deposit to the receiver, mark it completed; when the deposit is
 * refused (the receiver is closed or does not exist) the money is returned and the transfer fails.
 */
export const transfersProcess: Process<TransferRow> = {
  name: 'transfers',
  title: 'Transfers',
  projection: transfersProjection,
  alreadyTaken: TAKEN,
  due: (rows) => [...rows.values()].flatMap((row) => stepOf(row) ?? []),
}

import { formatRecordedAt } from '../../kernel/format'
import { formatCents } from '../../kernel/money'
import type { Projection, ProjectionEvent } from '../../kernel/readside/projection'
import { ACCOUNT_EVENT_TYPES } from './events'
import { asAccountEvent } from './reading'
import { ACCOUNT_STATUS_WORDS, evolveAccount, initialAccountState, type AccountState } from './state'

const isAccountStream = (event: ProjectionEvent) => event.streamId.startsWith('Account-')

/** The balance a query of the Balances read model asks about: over $1,000.00. */
export const RICH_BALANCE_CENTS = 100_000

export interface BalanceRow {
  readonly account: AccountState
  readonly lastUpdated: string
}

/** One row per account: what a bank's list of accounts shows, without replaying anything. */
export const balancesProjection: Projection<BalanceRow, 'accountBalances'> = {
  name: 'accountBalances',
  version: 1,
  eventTypes: ACCOUNT_EVENT_TYPES,
  title: 'Balances',
  tables(rows) {
    const all = [...rows.values()]
    const table = (caption: string, shown: readonly BalanceRow[]) => ({
      caption,
      noun: 'account',
      columns: ['Account', 'Owner', 'Balance', 'Status', 'Last updated'],
      rows: shown.map(({ account, lastUpdated }) => ({
        key: account.accountId ?? '',
        cells: [
          account.accountId ?? '',
          account.owner ?? '',
          formatCents(account.balanceCents),
          ACCOUNT_STATUS_WORDS[account.status],
          formatRecordedAt(lastUpdated),
        ],
      })),
    })
    return [
      table('Balances', all),
      table(
        `Balances over ${formatCents(RICH_BALANCE_CENTS)}`,
        all.filter((row) => row.account.balanceCents > RICH_BALANCE_CENTS),
      ),
    ]
  },
  handle(event, rowOf) {
    const read = isAccountStream(event) ? asAccountEvent(event) : undefined
    if (!read) return []
    const account = evolveAccount(rowOf(event.streamId)?.account ?? initialAccountState, read)
    return [{ key: event.streamId, row: { account, lastUpdated: event.recordedAt } }]
  },
}

/** One movement of money on an account. */
export interface Movement {
  readonly position: number
  readonly recordedAt: string
  /** Signed: positive in, negative out. */
  readonly amountCents: number
  readonly note: string
  readonly balanceCents: number
}

/** How many movements the Activity read model keeps per account. */
export const ACTIVITY_LENGTH = 10

export interface ActivityRow {
  readonly accountId: string
  readonly balanceCents: number
  /** The last ACTIVITY_LENGTH movements, newest first. */
  readonly movements: readonly Movement[]
}

/** Each account's last ten movements, newest first: a statement. */
export const activityProjection: Projection<ActivityRow, 'accountActivity'> = {
  name: 'accountActivity',
  version: 1,
  eventTypes: ['AccountOpened', 'MoneyDeposited', 'MoneyWithdrawn'],
  title: 'Activity',
  tables: (rows) => [
    {
      caption: `Activity (last ${ACTIVITY_LENGTH} movements per account)`,
      noun: 'movement',
      columns: ['Account', 'When', 'Movement', 'Amount', 'Balance after'],
      wrapColumns: [2],
      rows: [...rows.values()].flatMap((row) =>
        row.movements.map((movement) => ({
          key: `${row.accountId}#${movement.position}`,
          cells: [
            row.accountId,
            formatRecordedAt(movement.recordedAt),
            movement.note,
            formatCents(movement.amountCents),
            formatCents(movement.balanceCents),
          ],
        })),
      ),
    },
  ],
  handle(event, rowOf) {
    const read = isAccountStream(event) ? asAccountEvent(event) : undefined
    if (!read) return []
    const row = rowOf(event.streamId)
    const balance = row?.balanceCents ?? 0
    const movement = (amountCents: number, note: string): Movement => ({
      position: event.position,
      recordedAt: event.recordedAt,
      amountCents,
      note,
      balanceCents: balance + amountCents,
    })
    let next: Movement
    if (read.type === 'AccountOpened') next = movement(read.data.initialBalanceCents, 'opening balance')
    else if (read.type === 'MoneyDeposited') next = movement(read.data.amountCents, read.data.source)
    else if (read.type === 'MoneyWithdrawn') next = movement(-read.data.amountCents, read.data.reason)
    else return []
    const accountId = row?.accountId ?? read.data.accountId
    const movements = [next, ...(row?.movements ?? [])].slice(0, ACTIVITY_LENGTH)
    return [{ key: event.streamId, row: { accountId, balanceCents: next.balanceCents, movements } }]
  },
}

export interface DepositsYearRow {
  readonly year: string
  readonly totalCents: number
  readonly count: number
}

/**
 * Money deposited per calendar year (UTC). Written after the events it reads: a rebuild over the
 * old log answers it at once, with no migration: a new feature from the facts already kept.
 */
export const depositsPerYearProjection: Projection<DepositsYearRow, 'depositsPerYear'> = {
  name: 'depositsPerYear',
  version: 1,
  eventTypes: ['MoneyDeposited'],
  title: 'Total deposits per year',
  tables: (rows) => [
    {
      caption: 'Total deposits per year',
      noun: 'year',
      columns: ['Year', 'Deposits', 'Total'],
      rows: [...rows.values()]
        .sort((a, b) => a.year.localeCompare(b.year))
        .map((row) => ({ key: row.year, cells: [row.year, row.count, formatCents(row.totalCents)] })),
    },
  ],
  handle(event, rowOf) {
    const read = isAccountStream(event) ? asAccountEvent(event) : undefined
    if (read?.type !== 'MoneyDeposited') return []
    const year = event.recordedAt.slice(0, 4)
    const row = rowOf(year) ?? { year, totalCents: 0, count: 0 }
    return [{ key: year, row: { year, totalCents: row.totalCents + read.data.amountCents, count: row.count + 1 } }]
  },
}

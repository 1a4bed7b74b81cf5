/** Every event of a bank account, in the order its story tells them. */
export const ACCOUNT_EVENT_TYPES = [
  'AccountOpened',
  'MoneyDeposited',
  'MoneyWithdrawn',
  'TransferRequested',
  'TransferCompleted',
  'TransferFailed',
  'AccountClosed',
] as const

export type AccountEventType = (typeof ACCOUNT_EVENT_TYPES)[number]

/** The schema version written on every account event appended today. */
export const ACCOUNT_SCHEMA_VERSION = 1

export type AccountEvent =
  | {
      readonly type: 'AccountOpened'
      readonly data: { readonly accountId: string; readonly owner: string; readonly initialBalanceCents: number }
    }
  | {
      readonly type: 'MoneyDeposited'
      readonly data: {
        readonly accountId: string
        readonly amountCents: number
        readonly source: string
        /** Set when a transfer moved the money: its deposit, or the money returned to the sender. */
        readonly transferId?: string
      }
    }
  | {
      readonly type: 'MoneyWithdrawn'
      readonly data: {
        readonly accountId: string
        readonly amountCents: number
        readonly reason: string
        readonly transferId?: string
      }
    }
  | {
      /** On the sending account: a transfer was asked for. The Transfers process takes it from here. */
      readonly type: 'TransferRequested'
      readonly data: {
        readonly accountId: string
        readonly transferId: string
        readonly toAccountId: string
        readonly amountCents: number
      }
    }
  | { readonly type: 'TransferCompleted'; readonly data: { readonly accountId: string; readonly transferId: string } }
  | {
      readonly type: 'TransferFailed'
      readonly data: { readonly accountId: string; readonly transferId: string; readonly reason: string }
    }
  | { readonly type: 'AccountClosed'; readonly data: { readonly accountId: string } }

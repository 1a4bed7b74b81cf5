/** Longest id (account, transfer) accepted. */
export const MAX_ACCOUNT_ID_LENGTH = 64
/** The largest single amount: $1,000,000.00. */
export const MAX_AMOUNT_CENTS = 100_000_000
/** How far below zero a withdrawal may take the balance: −$500.00. */
export const OVERDRAFT_LIMIT_CENTS = 50_000
/** Longest source or reason accepted. */
export const MAX_NOTE_LENGTH = 200

export type AccountCommand =
  | {
      readonly type: 'OpenAccount'
      readonly accountId: string
      readonly owner: string
      readonly initialBalanceCents: number
    }
  | {
      readonly type: 'Deposit'
      readonly accountId: string
      readonly amountCents: number
      readonly source: string
      /** Sent by the Transfers process only. */
      readonly transferId?: string
    }
  | {
      readonly type: 'Withdraw'
      readonly accountId: string
      readonly amountCents: number
      readonly reason: string
      readonly transferId?: string
    }
  | {
      readonly type: 'Transfer'
      readonly accountId: string
      readonly toAccountId: string
      readonly amountCents: number
    }
  | { readonly type: 'CompleteTransfer'; readonly accountId: string; readonly transferId: string }
  | { readonly type: 'FailTransfer'; readonly accountId: string; readonly transferId: string; readonly reason: string }
  | { readonly type: 'CloseAccount'; readonly accountId: string }

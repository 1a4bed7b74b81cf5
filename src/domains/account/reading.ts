import type { StoredEvent } from '../../kernel/domainModule'
import { readerFromSchemas } from '../../kernel/readWithSchemas'
import { z } from '../../kernel/zod'
import { MAX_ACCOUNT_ID_LENGTH, MAX_AMOUNT_CENTS, MAX_NOTE_LENGTH } from './commands'
import { ACCOUNT_SCHEMA_VERSION, type AccountEvent, type AccountEventType } from './events'

const id = z.string().min(1).max(MAX_ACCOUNT_ID_LENGTH)
const cents = z.number().int().min(0).max(MAX_AMOUNT_CENTS)
const note = z.string().max(MAX_NOTE_LENGTH)

const SCHEMAS: Record<AccountEventType, z.ZodType> = {
  AccountOpened: z.object({ accountId: id, owner: note, initialBalanceCents: cents }),
  MoneyDeposited: z.object({ accountId: id, amountCents: cents, source: note, transferId: id.optional() }),
  MoneyWithdrawn: z.object({ accountId: id, amountCents: cents, reason: note, transferId: id.optional() }),
  TransferRequested: z.object({ accountId: id, transferId: id, toAccountId: id, amountCents: cents }),
  TransferCompleted: z.object({ accountId: id, transferId: id }),
  TransferFailed: z.object({ accountId: id, transferId: id, reason: z.string().max(1000) }),
  AccountClosed: z.object({ accountId: id }),
}

/** How the bank account reads a stored event: checked against its type's schema, once. */
export const readAccountEvent = readerFromSchemas<AccountEvent>(SCHEMAS, ACCOUNT_SCHEMA_VERSION)

/** The account event a stored event means, or undefined when it cannot be read. */
export function asAccountEvent(stored: StoredEvent): AccountEvent | undefined {
  const reading = readAccountEvent(stored)
  return reading.kind === 'known' ? reading.event : undefined
}

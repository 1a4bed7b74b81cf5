import type { DomainError } from '../../kernel/decider'
import type { AccountCommand } from './commands'
import type { AccountState } from './state'

const cannot = (message: string): DomainError => ({ kind: 'DomainError', code: 'NoCompensation', message })

/** The commands that take an account from `from` to `to`: a deposit or a withdrawal of the difference, then a close. */
export function accountCommandsTowards(
  from: AccountState,
  to: AccountState,
  accountId: string,
): AccountCommand[] | DomainError {
  if (from.status === 'not_opened' && to.status !== 'not_opened')
    return [{ type: 'OpenAccount', accountId, owner: to.owner ?? '', initialBalanceCents: to.balanceCents }]
  if (to.status === 'not_opened' && from.status !== 'not_opened')
    return cannot(`Account ${accountId} is open: no command un-opens it. Close it instead.`)
  if (from.status === 'closed' && to.status !== 'closed')
    return cannot(`Account ${accountId} is closed: no command opens it again.`)
  const commands: AccountCommand[] = []
  const difference = to.balanceCents - from.balanceCents
  if (difference > 0)
    commands.push({ type: 'Deposit', accountId, amountCents: difference, source: 'applied from a what-if' })
  if (difference < 0)
    commands.push({ type: 'Withdraw', accountId, amountCents: -difference, reason: 'applied from a what-if' })
  if (to.status === 'closed' && from.status !== 'closed') commands.push({ type: 'CloseAccount', accountId })
  return commands
}

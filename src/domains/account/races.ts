import type { ScriptedRace } from '../../kernel/learn/types'

export const ACCOUNT_RACES: readonly ScriptedRace[] = [
  {
    id: 'double-withdrawal',
    title: 'Double withdrawal',
    expectation:
      'Both tabs load an account holding $100.00 and withdraw $450.00. B conflicts; its retry is refused by the overdraft rule: $100.00 − $900.00 would be below −$500.00.',
    async run(tabA, tabB, accountId) {
      await tabA.getState().submit({ type: 'OpenAccount', accountId, owner: 'Alice', initialBalanceCents: 10_000 })
      await tabA.getState().load(accountId)
      await tabB.getState().load(accountId)
      await tabA.getState().submit({ type: 'Withdraw', accountId, amountCents: 45_000, reason: 'laptop' })
      await tabB.getState().submit({ type: 'Withdraw', accountId, amountCents: 45_000, reason: 'laptop' })
      await tabB.getState().reloadAndRetry()
    },
  },
]

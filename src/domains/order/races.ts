import { addItemCommand, createOrderCommand } from './'
import type { RaceSession, ScriptedRace } from '../../kernel/learn/types'

/** Both sessions load the order: from here on, each decides against what it loaded. */
async function bothLoad(tabA: RaceSession, tabB: RaceSession, orderId: string): Promise<void> {
  await tabA.getState().load(orderId)
  await tabB.getState().load(orderId)
}

export const SCRIPTED_RACES: readonly ScriptedRace[] = [
  {
    id: 'lost-update',
    title: 'Lost update prevented',
    expectation:
      'Both tabs add an item to the same version. B conflicts; Reload and retry succeeds, and both items are kept.',
    async run(tabA, tabB, orderId) {
      await tabA.getState().submit(createOrderCommand(orderId, 'customer-a'))
      await bothLoad(tabA, tabB, orderId)
      await tabA.getState().submit(addItemCommand(orderId, 'apple', 3, 150))
      await tabB.getState().submit(addItemCommand(orderId, 'pear', 2, 80))
      await tabB.getState().reloadAndRetry()
    },
  },
  {
    id: 'pay-versus-cancel',
    title: 'Pay versus cancel',
    expectation:
      'A cancels while B pays the version it loaded. B conflicts; the retry is refused by the rules: a cancelled order cannot be paid.',
    async run(tabA, tabB, orderId) {
      await tabA.getState().submit(createOrderCommand(orderId, 'customer-a'))
      await tabA.getState().submit(addItemCommand(orderId, 'book', 1, 1850))
      await bothLoad(tabA, tabB, orderId)
      await tabA.getState().submit({ type: 'CancelOrder', orderId, reason: 'changed my mind' })
      await tabB.getState().submit({ type: 'PayOrder', orderId, paymentMethod: 'credit_card' })
      await tabB.getState().reloadAndRetry()
    },
  },
  {
    id: 'create-twice',
    title: 'Create twice',
    expectation:
      'Both tabs create the same new order. B is refused with no_stream; the retry is refused by the rules: the order exists.',
    async run(tabA, tabB, orderId) {
      await bothLoad(tabA, tabB, orderId)
      await tabA.getState().submit(createOrderCommand(orderId, 'customer-a'))
      await tabB.getState().submit(createOrderCommand(orderId, 'customer-b'))
      await tabB.getState().reloadAndRetry()
    },
  },
]

import type { ScriptedRace } from '../../kernel/learn/types'

const create = (itemId: string) =>
  ({ type: 'CreateItem', itemId, name: 'Road bike', description: '', category: 'bikes', ownerId: 'ana' }) as const

export const CATALOG_RACES: readonly ScriptedRace[] = [
  {
    id: 'reserve-twice',
    title: 'Reserved twice',
    expectation:
      'Both tabs load an active item and reserve it. B conflicts; its retry is refused by the rules: the item is already reserved.',
    async run(tabA, tabB, itemId) {
      await tabA.getState().submit(create(itemId))
      await tabA.getState().load(itemId)
      await tabB.getState().load(itemId)
      await tabA.getState().submit({ type: 'ChangeStatus', itemId, status: 'reserved' })
      await tabB.getState().submit({ type: 'ChangeStatus', itemId, status: 'reserved' })
      await tabB.getState().reloadAndRetry()
    },
  },
  {
    id: 'rename-while-withdrawn',
    title: 'Rename while withdrawn',
    expectation:
      'A withdraws the item while B renames the version it loaded. B conflicts; the retry is refused: a withdrawn item changes no more.',
    async run(tabA, tabB, itemId) {
      await tabA.getState().submit(create(itemId))
      await tabA.getState().load(itemId)
      await tabB.getState().load(itemId)
      await tabA.getState().submit({ type: 'ChangeStatus', itemId, status: 'withdrawn' })
      await tabB.getState().submit({ type: 'UpdateItem', itemId, name: 'Racing bike' })
      await tabB.getState().reloadAndRetry()
    },
  },
]

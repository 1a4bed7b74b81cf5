import { accept, idRule as checkId, reject, type Decision, type DomainError } from '../../kernel/decider'
import {
  MAX_CATEGORY_LENGTH,
  MAX_DESCRIPTION_LENGTH,
  MAX_ITEM_ID_LENGTH,
  MAX_NAME_LENGTH,
  type CatalogCommand,
} from './commands'
import { EDITABLE_FIELDS, ITEM_STATUSES, type CatalogEvent, type FieldChangeData, type ItemStatus } from './events'
import type { CatalogItemState, CatalogStatus } from './state'

export type CatalogErrorCode =
  | 'InvalidId'
  | 'InvalidField'
  | 'InvalidStatus'
  | 'ItemExists'
  | 'ItemNotFound'
  | 'ItemFinal'
  | 'NothingChanged'
  | 'TransitionNotAllowed'

type CatalogDecision = Decision<CatalogEvent, CatalogErrorCode>

/** Which statuses each status may move to: a swapped or withdrawn item changes no more. */
export const STATUS_MOVES: Readonly<Record<ItemStatus, readonly ItemStatus[]>> = {
  active: ['reserved', 'withdrawn'],
  reserved: ['active', 'swapped', 'withdrawn'],
  swapped: [],
  withdrawn: [],
}

const idRule = (label: string, value: string) => checkId(label, value, MAX_ITEM_ID_LENGTH)

/** The rule an item id must meet, or undefined when it does. */
export function itemIdProblem(itemId: string): DomainError<CatalogErrorCode> | undefined {
  const decision = idRule('Item ID', itemId)
  return decision && !decision.ok ? decision.error : undefined
}

const LIMITS = { name: MAX_NAME_LENGTH, description: MAX_DESCRIPTION_LENGTH, category: MAX_CATEGORY_LENGTH } as const
const LABELS = { name: 'Name', description: 'Description', category: 'Category' } as const

function textRule(field: keyof typeof LIMITS, value: string, required: boolean): CatalogDecision | undefined {
  if (required && value.trim().length === 0) return reject('InvalidField', `${LABELS[field]} is required.`)
  if (value.length > LIMITS[field]) {
    return reject('InvalidField', `${LABELS[field]} must be at most ${LIMITS[field]} characters.`)
  }
  return undefined
}

function existingRule(state: CatalogItemState, itemId: string, action: string): CatalogDecision | undefined {
  if (state.status === 'not_created')
    return reject('ItemNotFound', `Item ${itemId} does not exist: create it before you ${action}.`)
  if (state.status === 'swapped' || state.status === 'withdrawn') {
    return reject('ItemFinal', `Item ${itemId} is ${state.status}: a ${state.status} item changes no more.`)
  }
  return undefined
}

const isStatus = (value: string): value is ItemStatus => (ITEM_STATUSES as readonly string[]).includes(value)

/** The catalog item's rules: each command becomes events, or a refusal in a sentence. */
export function decideCatalogItem(command: CatalogCommand, state: CatalogItemState): CatalogDecision {
  const invalidId = idRule('Item ID', command.itemId)
  if (invalidId) return invalidId
  const { itemId } = command
  switch (command.type) {
    case 'CreateItem': {
      const broken =
        textRule('name', command.name, true) ??
        textRule('description', command.description, false) ??
        textRule('category', command.category, true) ??
        idRule('Owner ID', command.ownerId)
      if (broken) return broken
      if (state.status !== 'not_created')
        return reject('ItemExists', `Item ${itemId} already exists; an item is created once.`)
      return accept({
        type: 'ItemCreated',
        data: {
          itemId,
          name: command.name.trim(),
          description: command.description.trim(),
          category: command.category.trim(),
          ownerId: command.ownerId,
        },
      })
    }
    case 'UpdateItem': {
      const broken = existingRule(state, itemId, 'update it')
      if (broken) return broken
      const changes: Partial<Record<(typeof EDITABLE_FIELDS)[number], FieldChangeData>> = {}
      for (const field of EDITABLE_FIELDS) {
        const typed = (command[field] ?? '').trim()
        if (typed === '') continue
        const invalid = textRule(field, typed, false)
        if (invalid) return invalid
        if (typed !== state[field]) changes[field] = { old: state[field], new: typed }
      }
      if (Object.keys(changes).length === 0) {
        return reject(
          'NothingChanged',
          `That update changes nothing: type a new name, description or category for ${itemId}.`,
        )
      }
      return accept({ type: 'ItemUpdated', data: { itemId, changes } })
    }
    case 'ChangeStatus': {
      const broken = existingRule(state, itemId, 'change its status')
      if (broken) return broken
      const { status } = command
      if (!isStatus(status)) return reject('InvalidStatus', `Status must be one of ${ITEM_STATUSES.join(', ')}.`)
      const from = state.status as Exclude<CatalogStatus, 'not_created'>
      if (status === from) return reject('NothingChanged', `Item ${itemId} is already ${status}.`)
      if (!STATUS_MOVES[from].includes(status)) {
        return reject(
          'TransitionNotAllowed',
          `${/^[aeiou]/.test(from) ? 'An' : 'A'} ${from} item cannot become ${status}: from ${from} it can become ${STATUS_MOVES[from].join(' or ')}.`,
        )
      }
      return accept({ type: 'ItemStatusChanged', data: { itemId, changes: { status: { old: from, new: status } } } })
    }
  }
}

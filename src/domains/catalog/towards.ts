import type { DomainError } from '../../kernel/decider'
import type { CatalogCommand } from './commands'
import type { CatalogItemState } from './state'

const cannot = (message: string): DomainError => ({ kind: 'DomainError', code: 'NoCompensation', message })

/** The commands that take a catalog item from `from` to `to`: create it, update what differs, change its status. */
export function catalogCommandsTowards(
  from: CatalogItemState,
  to: CatalogItemState,
  itemId: string,
): CatalogCommand[] | DomainError {
  if (to.status === 'not_created')
    return from.status === 'not_created' ? [] : cannot(`Item ${itemId} exists: no command un-creates it.`)
  const commands: CatalogCommand[] = []
  if (from.status === 'not_created') {
    const { name, description, category, ownerId } = to
    commands.push({ type: 'CreateItem', itemId, name, description, category, ownerId })
  } else {
    const changed = (['name', 'description', 'category'] as const).filter((field) => from[field] !== to[field])
    if (changed.length > 0)
      commands.push({ type: 'UpdateItem', itemId, ...Object.fromEntries(changed.map((field) => [field, to[field]])) })
  }
  const status = from.status === 'not_created' ? 'active' : from.status
  if (to.status !== status) commands.push({ type: 'ChangeStatus', itemId, status: to.status })
  return commands
}

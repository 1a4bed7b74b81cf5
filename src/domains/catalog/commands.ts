import type { ItemStatus } from './events'

export const MAX_ITEM_ID_LENGTH = 64
export const MAX_NAME_LENGTH = 100
export const MAX_DESCRIPTION_LENGTH = 1000
export const MAX_CATEGORY_LENGTH = 40

export type CatalogCommand =
  | {
      readonly type: 'CreateItem'
      readonly itemId: string
      readonly name: string
      readonly description: string
      readonly category: string
      readonly ownerId: string
    }
  | {
      /** Any of name, description and category; a field left empty is not changed. */
      readonly type: 'UpdateItem'
      readonly itemId: string
      readonly name?: string
      readonly description?: string
      readonly category?: string
    }
  | { readonly type: 'ChangeStatus'; readonly itemId: string; readonly status: ItemStatus }

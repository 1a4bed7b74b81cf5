/** Every event of a catalog item, in the order its story tells them. */
export const CATALOG_EVENT_TYPES = ['ItemCreated', 'ItemUpdated', 'ItemStatusChanged'] as const

export type CatalogEventType = (typeof CATALOG_EVENT_TYPES)[number]

/** The schema version written on every catalog event appended today. */
export const CATALOG_SCHEMA_VERSION = 1

/** The statuses of an item in a swap marketplace. */
export const ITEM_STATUSES = ['active', 'reserved', 'swapped', 'withdrawn'] as const
export type ItemStatus = (typeof ITEM_STATUSES)[number]

/** The fields an update may change. */
export const EDITABLE_FIELDS = ['name', 'description', 'category'] as const
export type EditableField = (typeof EDITABLE_FIELDS)[number]

/** What one change did to one field: its value before and after. */
export interface FieldChangeData {
  readonly old: string
  readonly new: string
}

export type CatalogEvent =
  | {
      readonly type: 'ItemCreated'
      readonly data: {
        readonly itemId: string
        readonly name: string
        readonly description: string
        readonly category: string
        readonly ownerId: string
      }
    }
  | {
      /** Carries only what changed, old and new: the history reads without replaying anything. */
      readonly type: 'ItemUpdated'
      readonly data: { readonly itemId: string; readonly changes: Partial<Record<EditableField, FieldChangeData>> }
    }
  | {
      readonly type: 'ItemStatusChanged'
      readonly data: { readonly itemId: string; readonly changes: { readonly status: FieldChangeData } }
    }

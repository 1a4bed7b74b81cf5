import type { CatalogEvent, ItemStatus } from './events'

export type CatalogStatus = 'not_created' | ItemStatus

export const CATALOG_STATUS_WORDS: Record<CatalogStatus, string> = {
  not_created: 'not created',
  active: 'active',
  reserved: 'reserved',
  swapped: 'swapped',
  withdrawn: 'withdrawn',
}

export interface CatalogItemState {
  readonly version: number
  readonly status: CatalogStatus
  readonly itemId: string | null
  readonly name: string
  readonly description: string
  readonly category: string
  readonly ownerId: string
  /** How many ItemUpdated events it has had. */
  readonly updates: number
}

export const initialCatalogItemState: CatalogItemState = {
  version: 0,
  status: 'not_created',
  itemId: null,
  name: '',
  description: '',
  category: '',
  ownerId: '',
  updates: 0,
}

/** Folds one catalog event. */
export function evolveCatalogItem(state: CatalogItemState, event: CatalogEvent): CatalogItemState {
  const version = state.version + 1
  switch (event.type) {
    case 'ItemCreated':
      return { ...state, ...event.data, version, status: 'active' }
    case 'ItemUpdated': {
      const { name, description, category } = event.data.changes
      return {
        ...state,
        version,
        updates: state.updates + 1,
        name: name?.new ?? state.name,
        description: description?.new ?? state.description,
        category: category?.new ?? state.category,
      }
    }
    case 'ItemStatusChanged':
      return { ...state, version, status: event.data.changes.status.new as ItemStatus }
  }
}

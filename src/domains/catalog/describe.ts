import type { StateField, StoredEvent } from '../../kernel/domainModule'
import { diffByFields, phrasesOf } from '../../kernel/fieldChanges'
import type { CatalogEvent } from './events'
import { asCatalogEvent } from './reading'
import { CATALOG_STATUS_WORDS, type CatalogItemState } from './state'

/** One line that says what a catalog event means: what changed, old → new. */
export function summarizeCatalogEvent(event: CatalogEvent): string {
  switch (event.type) {
    case 'ItemCreated':
      return `${event.data.name} (${event.data.category}) by ${event.data.ownerId}`
    case 'ItemUpdated':
      return Object.entries(event.data.changes)
        .map(([field, change]) => `${field}: ${change.old} → ${change.new}`)
        .join('; ')
    case 'ItemStatusChanged':
      return `status: ${event.data.changes.status.old} → ${event.data.changes.status.new}`
  }
}

export function summarizeStoredCatalogEvent(stored: StoredEvent): string {
  const event = asCatalogEvent(stored)
  return event ? summarizeCatalogEvent(event) : JSON.stringify(stored.data)
}

/** The item's fields, for the replayed state, the diff and the audit trail alike. */
export function catalogItemFields(state: CatalogItemState): StateField[] {
  return [
    { label: 'Status', value: CATALOG_STATUS_WORDS[state.status] },
    { label: 'Name', value: state.name || '—' },
    { label: 'Description', value: state.description || '—' },
    { label: 'Category', value: state.category || '—' },
    { label: 'Owner', value: state.ownerId || '—' },
    { label: 'Updates', value: String(state.updates) },
    { label: 'Version', value: String(state.version) },
  ]
}

export const diffCatalogItem = diffByFields(catalogItemFields)

export const describeCatalogChanges = phrasesOf(diffCatalogItem, ['Version', 'Updates'])

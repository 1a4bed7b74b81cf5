import type { Lifecycle } from '../../kernel/domainModule'
import type { CatalogEvent } from './events'
import { CATALOG_STATUS_WORDS, type CatalogItemState, type CatalogStatus } from './state'

const STATUSES: readonly CatalogStatus[] = ['not_created', 'active', 'reserved', 'swapped', 'withdrawn']

/** An item is listed, reserved and swapped, or withdrawn; updates keep it where it is. */
export const CATALOG_LIFECYCLE: Lifecycle<CatalogEvent, CatalogItemState> = {
  states: STATUSES.map((status) => ({ id: status, label: CATALOG_STATUS_WORDS[status] })),
  transitions: [
    { event: 'ItemCreated', from: 'not_created', to: 'active' },
    { event: 'ItemUpdated', from: 'active', to: 'active' },
    { event: 'ItemStatusChanged', from: 'active', to: 'reserved' },
    { event: 'ItemStatusChanged', from: 'reserved', to: 'active' },
    { event: 'ItemStatusChanged', from: 'reserved', to: 'swapped' },
    { event: 'ItemStatusChanged', from: 'active', to: 'withdrawn' },
    { event: 'ItemStatusChanged', from: 'reserved', to: 'withdrawn' },
  ],
  statusOf: (state) => state.status,
}

import { formatRecordedAt } from '../../kernel/format'
import type { Projection, ProjectionEvent, ReadModelTableView } from '../../kernel/readside/projection'
import { CATALOG_EVENT_TYPES, ITEM_STATUSES } from './events'
import { asCatalogEvent } from './reading'
import { CATALOG_STATUS_WORDS, evolveCatalogItem, initialCatalogItemState, type CatalogItemState } from './state'

const isCatalogStream = (event: ProjectionEvent) => event.streamId.startsWith('CatalogItem-')

export interface ItemRow {
  readonly item: CatalogItemState
  readonly lastUpdated: string
}

/** Rows grouped by one field: the query side's "items in a category", "items of an owner". */
function groupedBy(
  caption: string,
  heading: string,
  rows: readonly ItemRow[],
  keyOf: (row: ItemRow) => string,
): ReadModelTableView {
  const groups = new Map<string, string[]>()
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row.item.itemId ?? ''])
  return {
    caption,
    noun: heading.toLowerCase(),
    columns: [heading, 'Items', 'Item IDs'],
    wrapColumns: [2],
    rows: [...groups]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, ids]) => ({ key, cells: [key, ids.length, ids.join(', ')] })),
  }
}

/** One row per item, and the same rows by category and by owner: the catalog service's query side. */
export const itemsProjection: Projection<ItemRow, 'catalogItems'> = {
  name: 'catalogItems',
  version: 1,
  eventTypes: CATALOG_EVENT_TYPES,
  title: 'Items',
  tables(rows) {
    const all = [...rows.values()]
    return [
      {
        caption: 'Items',
        noun: 'item',
        columns: ['Item', 'Name', 'Category', 'Owner', 'Status', 'Last updated'],
        queryColumns: [2, 3],
        rows: all.map(({ item, lastUpdated }) => ({
          key: item.itemId ?? '',
          cells: [
            item.itemId ?? '',
            item.name,
            item.category,
            item.ownerId,
            CATALOG_STATUS_WORDS[item.status],
            formatRecordedAt(lastUpdated),
          ],
        })),
      },
      groupedBy('Items by category', 'Category', all, (row) => row.item.category),
      groupedBy('Items by owner', 'Owner', all, (row) => row.item.ownerId),
    ]
  },
  handle(event, rowOf) {
    const read = isCatalogStream(event) ? asCatalogEvent(event) : undefined
    if (!read) return []
    const item = evolveCatalogItem(rowOf(event.streamId)?.item ?? initialCatalogItemState, read)
    return [{ key: event.streamId, row: { item, lastUpdated: event.recordedAt } }]
  },
}

export interface StatusCountRow {
  readonly status: string
  readonly count: number
}

/** How many items are in each status. */
export const statusCountsProjection: Projection<StatusCountRow, 'catalogStatusCounts'> = {
  name: 'catalogStatusCounts',
  version: 1,
  eventTypes: ['ItemCreated', 'ItemStatusChanged'],
  title: 'Status counts',
  tables: (rows) => [
    {
      caption: 'Status counts',
      noun: 'status',
      columns: ['Status', 'Items'],
      rows: ITEM_STATUSES.map((status) => ({ key: status, cells: [status, rows.get(status)?.count ?? 0] })),
    },
  ],
  handle(event, rowOf) {
    const read = isCatalogStream(event) ? asCatalogEvent(event) : undefined
    const bump = (status: string, by: number) => {
      const count = (rowOf(status)?.count ?? 0) + by
      return { key: status, row: { status, count } }
    }
    if (read?.type === 'ItemCreated') return [bump('active', 1)]
    if (read?.type === 'ItemStatusChanged') {
      const { old: from, new: to } = read.data.changes.status
      return [bump(from, -1), bump(to, 1)]
    }
    return []
  },
}

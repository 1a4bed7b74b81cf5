import type { StoredEvent } from '../../kernel/domainModule'
import { readerFromSchemas } from '../../kernel/readWithSchemas'
import { z } from '../../kernel/zod'
import { MAX_CATEGORY_LENGTH, MAX_DESCRIPTION_LENGTH, MAX_ITEM_ID_LENGTH, MAX_NAME_LENGTH } from './commands'
import { CATALOG_SCHEMA_VERSION, ITEM_STATUSES, type CatalogEvent, type CatalogEventType } from './events'

const id = z.string().min(1).max(MAX_ITEM_ID_LENGTH)
const change = (max: number) => z.object({ old: z.string().max(max), new: z.string().max(max) })
const status = z.enum(ITEM_STATUSES)

const SCHEMAS: Record<CatalogEventType, z.ZodType> = {
  ItemCreated: z.object({
    itemId: id,
    name: z.string().max(MAX_NAME_LENGTH),
    description: z.string().max(MAX_DESCRIPTION_LENGTH),
    category: z.string().max(MAX_CATEGORY_LENGTH),
    ownerId: id,
  }),
  ItemUpdated: z.object({
    itemId: id,
    changes: z.object({
      name: change(MAX_NAME_LENGTH).optional(),
      description: change(MAX_DESCRIPTION_LENGTH).optional(),
      category: change(MAX_CATEGORY_LENGTH).optional(),
    }),
  }),
  ItemStatusChanged: z.object({
    itemId: id,
    changes: z.object({ status: z.object({ old: status, new: status }) }),
  }),
}

/** How the catalog reads a stored event: checked against its type's schema, once. */
export const readCatalogEvent = readerFromSchemas<CatalogEvent>(SCHEMAS, CATALOG_SCHEMA_VERSION)

export function asCatalogEvent(stored: StoredEvent): CatalogEvent | undefined {
  const reading = readCatalogEvent(stored)
  return reading.kind === 'known' ? reading.event : undefined
}

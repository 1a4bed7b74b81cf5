import type { CommandField, DomainModule } from '../../kernel/domainModule'
import { catalogCommandsTowards } from './towards'
import type { Projection } from '../../kernel/readside/projection'
import {
  MAX_CATEGORY_LENGTH,
  MAX_DESCRIPTION_LENGTH,
  MAX_ITEM_ID_LENGTH,
  MAX_NAME_LENGTH,
  type CatalogCommand,
} from './commands'
import { decideCatalogItem, itemIdProblem } from './decide'
import { catalogItemFields, describeCatalogChanges, diffCatalogItem, summarizeStoredCatalogEvent } from './describe'
import { CATALOG_EVENT_TYPES, CATALOG_SCHEMA_VERSION, ITEM_STATUSES, type CatalogEvent } from './events'
import { CATALOG_EXERCISES } from './exercises'
import { CATALOG_LIFECYCLE } from './lifecycle'
import { itemsProjection, statusCountsProjection } from './projections'
import { CATALOG_RACES } from './races'
import { readCatalogEvent } from './reading'
import { CATALOG_SAMPLE, CATALOG_SAMPLE_SCHEDULE } from './samples'
import { CATALOG_STATUS_WORDS, evolveCatalogItem, initialCatalogItemState, type CatalogItemState } from './state'

const itemId: CommandField = {
  name: 'itemId',
  label: 'Item ID',
  kind: 'id',
  maxLength: MAX_ITEM_ID_LENGTH,
  defaultValue: 'bike-001',
}
const text = (
  name: string,
  label: string,
  maxLength: number,
  defaultValue: string,
  description?: string,
): CommandField => ({
  name,
  label,
  kind: 'text',
  maxLength,
  defaultValue,
  ...(description ? { description } : {}),
})
const LEFT_AS_IS = 'Leave empty to keep it as it is.'

/** A long-lived item for the snapshot lab: created, then renamed again and again. */
function longItemEvents(target: string, count: number): CatalogEvent[] {
  const events: CatalogEvent[] = [
    {
      type: 'ItemCreated',
      data: { itemId: target, name: 'name 0', description: '', category: 'long', ownerId: 'long' },
    },
  ]
  for (let index = 1; events.length < count; index += 1) {
    events.push({
      type: 'ItemUpdated',
      data: { itemId: target, changes: { name: { old: `name ${index - 1}`, new: `name ${index}` } } },
    })
  }
  return events
}

/** The catalog service's item of a swap marketplace: history, audit trail, rebuild and time travel by timestamp. */
export const catalogModule: DomainModule<CatalogCommand, CatalogEvent, CatalogItemState> = {
  category: 'CatalogItem',
  source: { path: 'src/domains/catalog/module', exportName: 'catalogModule' },
  commandsTowards: catalogCommandsTowards,
  title: 'Catalog item',
  entityName: 'item',
  targetOf: (command) => command.itemId,
  idProblem: itemIdProblem,
  commands: [
    {
      type: 'CreateItem',
      label: 'Create item',
      fields: [
        itemId,
        text('name', 'Name', MAX_NAME_LENGTH, 'Road bike'),
        text('description', 'Description', MAX_DESCRIPTION_LENGTH, 'Blue road bike, 54 cm frame'),
        text('category', 'Category', MAX_CATEGORY_LENGTH, 'bikes'),
        { name: 'ownerId', label: 'Owner ID', kind: 'id', maxLength: MAX_ITEM_ID_LENGTH, defaultValue: 'ana' },
      ],
    },
    {
      type: 'UpdateItem',
      label: 'Update item',
      ownForm: true,
      fields: [
        itemId,
        text('name', 'Name', MAX_NAME_LENGTH, '', LEFT_AS_IS),
        text('description', 'Description', MAX_DESCRIPTION_LENGTH, '', LEFT_AS_IS),
        text('category', 'Category', MAX_CATEGORY_LENGTH, '', LEFT_AS_IS),
      ],
    },
    {
      type: 'ChangeStatus',
      label: 'Change status',
      fields: [
        itemId,
        { name: 'status', label: 'Status', kind: 'enum', options: ITEM_STATUSES, defaultValue: 'reserved' },
      ],
    },
  ],
  eventTypes: CATALOG_EVENT_TYPES,
  schemaVersion: CATALOG_SCHEMA_VERSION,
  readEvent: readCatalogEvent,
  decider: { decide: decideCatalogItem, evolve: evolveCatalogItem, initialState: initialCatalogItemState },
  stateShapeVersion: 1,
  summarize: summarizeStoredCatalogEvent,
  diff: diffCatalogItem,
  describeChanges: describeCatalogChanges,
  nameOf: (state) => state.itemId,
  stateFields: catalogItemFields,
  headline: (state) => state.name || CATALOG_STATUS_WORDS[state.status],
  stateTables: () => [],
  lifecycle: CATALOG_LIFECYCLE,
  projections: [itemsProjection, statusCountsProjection] as readonly Projection<unknown>[],
  sample: CATALOG_SAMPLE,
  sampleSchedule: CATALOG_SAMPLE_SCHEDULE,
  walkthrough: 'Create item, Update item with a new Name, then Change status to reserved',
  exercises: CATALOG_EXERCISES,
  races: CATALOG_RACES,
  longStream: longItemEvents,
}

import type { CatalogCommand } from './commands'

type Scheduled = readonly [at: string, by: string, command: CatalogCommand]

/**
 * A swap marketplace over five days in March 2024, each change by the person who made it: Ana's
 * road bike is created, renamed, described again, reserved by Cleo and swapped; a book changes
 * category; Ben withdraws his lamp.
 */
const SCHEDULED: readonly Scheduled[] = [
  [
    '2024-03-01T09:00:00Z',
    'ana',
    {
      type: 'CreateItem',
      itemId: 'bike-001',
      name: 'Road bike',
      description: 'Blue road bike, 54 cm frame',
      category: 'bikes',
      ownerId: 'ana',
    },
  ],
  [
    '2024-03-01T09:05:00Z',
    'ana',
    {
      type: 'CreateItem',
      itemId: 'book-002',
      name: 'Event Sourcing in Practice',
      description: 'Paperback, notes in pencil',
      category: 'books',
      ownerId: 'ana',
    },
  ],
  [
    '2024-03-01T14:00:00Z',
    'ben',
    {
      type: 'CreateItem',
      itemId: 'lamp-003',
      name: 'Desk lamp',
      description: 'Adjustable, warm light',
      category: 'home',
      ownerId: 'ben',
    },
  ],
  ['2024-03-02T10:30:00Z', 'ana', { type: 'UpdateItem', itemId: 'bike-001', name: 'Vintage road bike' }],
  [
    '2024-03-02T10:40:00Z',
    'ana',
    { type: 'UpdateItem', itemId: 'bike-001', description: 'Blue road bike, 54 cm frame, new tyres' },
  ],
  ['2024-03-03T08:15:00Z', 'cleo', { type: 'ChangeStatus', itemId: 'bike-001', status: 'reserved' }],
  ['2024-03-03T17:00:00Z', 'ben', { type: 'ChangeStatus', itemId: 'lamp-003', status: 'withdrawn' }],
  ['2024-03-04T09:00:00Z', 'ana', { type: 'UpdateItem', itemId: 'book-002', category: 'textbooks' }],
  ['2024-03-05T11:20:00Z', 'cleo', { type: 'ChangeStatus', itemId: 'bike-001', status: 'swapped' }],
]

export const CATALOG_SAMPLE: readonly CatalogCommand[] = SCHEDULED.map(([, , command]) => command)
export const CATALOG_SAMPLE_SCHEDULE: readonly { readonly at: string; readonly by: string }[] = SCHEDULED.map(
  ([at, by]) => ({ at, by }),
)

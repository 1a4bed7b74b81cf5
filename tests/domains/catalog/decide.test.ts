import { describe, it } from 'vitest'
import { deciderSpec } from '../../kit/deciderSpec'
import { catalogModule } from '../../../src/domains/catalog/module'
import type { CatalogEvent } from '../../../src/domains/catalog/events'

const spec = deciderSpec(catalogModule.decider)
const created: CatalogEvent = {
  type: 'ItemCreated',
  data: { itemId: 'i-1', name: 'Lamp', description: '', category: 'home', ownerId: 'ana' },
}
const status = (from: string, to: string): CatalogEvent => ({
  type: 'ItemStatusChanged',
  data: { itemId: 'i-1', changes: { status: { old: from, new: to } } },
})

describe('Catalog item rules', () => {
  it('creates once, with a name and a category', () => {
    spec
      .given()
      .when({ type: 'CreateItem', itemId: 'i-1', name: ' Lamp ', description: '', category: 'home', ownerId: 'ana' })
      .then(created)
    spec
      .given(created)
      .when({ type: 'CreateItem', itemId: 'i-1', name: 'Lamp', description: '', category: 'home', ownerId: 'ana' })
      .thenRejects('ItemExists')
    spec
      .given()
      .when({ type: 'CreateItem', itemId: 'i-1', name: '', description: '', category: 'home', ownerId: 'ana' })
      .thenRejects('InvalidField', 'Name is required.')
    spec
      .given()
      .when({
        type: 'CreateItem',
        itemId: 'i-1',
        name: 'x'.repeat(101),
        description: '',
        category: 'home',
        ownerId: 'ana',
      })
      .thenRejects('InvalidField', /at most 100/)
  })

  it('records only what an update changes, old and new, and refuses one that changes nothing', () => {
    spec
      .given(created)
      .when({ type: 'UpdateItem', itemId: 'i-1', name: 'Desk lamp', description: '', category: 'home' })
      .then({ type: 'ItemUpdated', data: { itemId: 'i-1', changes: { name: { old: 'Lamp', new: 'Desk lamp' } } } })
    spec
      .given(created)
      .when({ type: 'UpdateItem', itemId: 'i-1', name: 'Lamp', description: '', category: '' })
      .thenRejects('NothingChanged', /changes nothing/)
    spec.given().when({ type: 'UpdateItem', itemId: 'i-1', name: 'x' }).thenRejects('ItemNotFound')
  })

  it('moves between statuses as a swap marketplace does; swapped and withdrawn are final', () => {
    spec
      .given(created)
      .when({ type: 'ChangeStatus', itemId: 'i-1', status: 'reserved' })
      .then(status('active', 'reserved'))
    spec
      .given(created)
      .when({ type: 'ChangeStatus', itemId: 'i-1', status: 'swapped' })
      .thenRejects(
        'TransitionNotAllowed',
        'An active item cannot become swapped: from active it can become reserved or withdrawn.',
      )
    spec.given(created).when({ type: 'ChangeStatus', itemId: 'i-1', status: 'active' }).thenRejects('NothingChanged')
    const swapped = [created, status('active', 'reserved'), status('reserved', 'swapped')]
    spec
      .given(...swapped)
      .when({ type: 'ChangeStatus', itemId: 'i-1', status: 'active' })
      .thenRejects('ItemFinal')
    spec
      .given(...swapped)
      .when({ type: 'UpdateItem', itemId: 'i-1', name: 'New' })
      .thenRejects('ItemFinal', /changes no more/)
    spec
      .given(created)
      .when({ type: 'ChangeStatus', itemId: 'i-1', status: 'lost' as never })
      .thenRejects('InvalidStatus')
  })
})

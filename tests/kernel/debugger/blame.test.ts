import { describe, expect, it } from 'vitest'
import { orderModule } from '../../../src/domains/order/module'
import { customerHistoryProjection } from '../../../src/domains/order/projections/customerHistory'
import { orderSummaryProjection } from '../../../src/domains/order/projections/orderSummary'
import { salesReportProjection } from '../../../src/domains/order/projections/salesReport'
import { itemsProjection } from '../../../src/domains/catalog/projections'
import { fieldHistory } from '../../../src/kernel/debugger/fieldHistory'
import { rowHistory } from '../../../src/kernel/debugger/rowHistory'
import { storedEvents } from '../../kit/deciderSpec'

const log = storedEvents([
  { streamId: 'Order-o-1', type: 'OrderCreated', data: { orderId: 'o-1', customerId: 'c-1' } },
  { streamId: 'Order-o-2', type: 'OrderCreated', data: { orderId: 'o-2', customerId: 'c-1' } },
  { streamId: 'Order-o-1', type: 'ItemAdded', data: { itemId: 'apple', quantity: 2, unitPriceCents: 150 } },
  { streamId: 'Order-o-2', type: 'ItemAdded', data: { itemId: 'pear', quantity: 1, unitPriceCents: 200 } },
  { streamId: 'Order-o-1', type: 'GiftWrapped', data: {} },
  { streamId: 'Order-o-1', type: 'ItemAdded', data: { itemId: 'pear', quantity: 1, unitPriceCents: 200 } },
  { streamId: 'Order-o-1', type: 'OrderPaid', data: { paymentMethod: 'paypal', amountCents: 500 } },
])
const orderOne = log.filter((event) => event.streamId === 'Order-o-1')

describe('Why <field>? over a stream', () => {
  it('lists each event that changed the field, with its words before → after', () => {
    expect(fieldHistory(orderModule, orderOne, 'Total')).toEqual([
      { position: 3, version: 2, type: 'ItemAdded', before: '$0.00', after: '$3.00' },
      { position: 6, version: 4, type: 'ItemAdded', before: '$3.00', after: '$5.00' },
    ])
    expect(fieldHistory(orderModule, orderOne, 'Status').map((entry) => [entry.position, entry.after])).toEqual([
      [1, 'created'],
      [7, 'paid'],
    ])
  })
  it('stops where the stream given stops: the cursor', () => {
    expect(fieldHistory(orderModule, orderOne.slice(0, 2), 'Total')).toHaveLength(1)
  })
  it('lists nothing for a field no event changed, or one the state does not show', () => {
    expect(fieldHistory(orderModule, orderOne.slice(0, 1), 'Total')).toEqual([])
    expect(fieldHistory(orderModule, orderOne, 'Colour')).toEqual([])
  })
  it('counts the unknown event in the version without changing the rest', () => {
    expect(fieldHistory(orderModule, orderOne, 'Version').map((entry) => entry.position)).toEqual([1, 3, 5, 6, 7])
  })
})

describe('Why <cell>? over a read model', () => {
  it('lists the events folded into one row, and the cell before → after each', () => {
    const address = { caption: 'Order summary', rowKey: 'Order-o-1', column: 'Total' }
    expect(rowHistory(orderSummaryProjection, log, address)).toEqual([
      { position: 1, streamId: 'Order-o-1', type: 'OrderCreated', before: '—', after: '$0.00' },
      { position: 3, streamId: 'Order-o-1', type: 'ItemAdded', before: '$0.00', after: '$3.00' },
      { position: 6, streamId: 'Order-o-1', type: 'ItemAdded', before: '$3.00', after: '$5.00' },
      { position: 7, streamId: 'Order-o-1', type: 'OrderPaid', before: '$5.00', after: '$5.00' },
    ])
  })
  it('finds rows whose key is not the projection key: the customer row both orders change (not by items, which it does not show)', () => {
    const address = { caption: 'Customer history', rowKey: 'c-1', column: 'Lifetime value' }
    const entries = rowHistory(customerHistoryProjection, log, address)
    expect(entries.map((entry) => [entry.position, entry.streamId, entry.after])).toEqual([
      [1, 'Order-o-1', '$0.00'],
      [2, 'Order-o-2', '$0.00'],
      [7, 'Order-o-1', '$5.00'],
    ])
  })
  it("lists the events that changed a customer's Orders: each order placed, and the one paid", () => {
    const address = { caption: 'Customer history', rowKey: 'c-1', column: 'Orders' }
    expect(rowHistory(customerHistoryProjection, log, address).map((entry) => [entry.position, entry.after])).toEqual([
      [1, 'o-1 (created)'],
      [2, 'o-1 (created), o-2 (created)'],
      [7, 'o-1 (paid), o-2 (created)'],
    ])
  })
  it('finds aggregate rows: the item a paid order sold', () => {
    const address = { caption: 'Revenue by item', rowKey: 'pear', column: 'Units sold' }
    expect(rowHistory(salesReportProjection, log, address)).toEqual([
      { position: 7, streamId: 'Order-o-1', type: 'OrderPaid', before: '—', after: '1' },
    ])
  })
  it('sees an item leave one group and join another', () => {
    const catalog = storedEvents([
      {
        streamId: 'CatalogItem-a',
        type: 'ItemCreated',
        data: { itemId: 'a', name: 'Saw', description: '', category: 'tools', ownerId: 'u' },
      },
      {
        streamId: 'CatalogItem-b',
        type: 'ItemCreated',
        data: { itemId: 'b', name: 'Rake', description: '', category: 'tools', ownerId: 'u' },
      },
      {
        streamId: 'CatalogItem-b',
        type: 'ItemUpdated',
        data: { itemId: 'b', changes: { category: { old: 'tools', new: 'garden' } } },
      },
    ])
    const tools = { caption: 'Items by category', rowKey: 'tools', column: 'Items' }
    const entries = rowHistory(itemsProjection, catalog, tools)
    expect(entries.map((entry) => [entry.position, entry.before, entry.after])).toEqual([
      [1, '—', '1'],
      [2, '1', '2'],
      [3, '2', '1'],
    ])
  })
})

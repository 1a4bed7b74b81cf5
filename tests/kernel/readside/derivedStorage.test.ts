import { DERIVED_STORAGES } from '../../kit/adapters'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { orderSummaryProjection } from '../../../src/domains/order/projections'
import { createDexieDerivedStorage } from '../../../src/kernel/readside/dexieDerivedStorage'
import { createInMemoryEventStore } from '../../../src/kernel/eventstore'
import { createProjectionRunner } from '../../../src/playground/readside/projectionRunner'
import { recordOrders } from '../../kit/orderLog'

const storages = DERIVED_STORAGES

describe.each(storages)('derived storage (%s): one rows table for every read model', (_, open) => {
  it('keeps each read model apart in the one table', async () => {
    const storage = open()
    const first = { name: 'first', version: 1 }
    const second = { name: 'second', version: 1 }
    expect(await storage.commitReadModel(first, 0, 2, [{ key: 'a', row: 1 }])).toBe(true)
    expect(await storage.commitReadModel(second, 0, 5, [{ key: 'a', row: 2 }])).toBe(true)
    expect(await storage.loadReadModel(first)).toEqual({ rows: [['a', 1]], checkpoint: 2 })
    expect(await storage.loadReadModel(second)).toEqual({ rows: [['a', 2]], checkpoint: 5 })
    await storage.clearReadModel(first)
    expect(await storage.loadReadModel(first)).toEqual({ rows: [], checkpoint: 0 })
    expect(await storage.loadReadModel(second)).toEqual({ rows: [['a', 2]], checkpoint: 5 })
  })

  it('keeps one savepoint, the last saved, until it is forgotten', async () => {
    const storage = open()
    expect(await storage.readSavepoint()).toBeUndefined()
    const savepoint = (position: number) => ({
      position,
      eventId: `e-${position}`,
      shapes: { Order: 1 },
      streams: [{ id: 'Order-a', first: 1, state: { version: position, lines: [{ itemId: 'apple' }] } }],
      types: ['OrderCreated'],
    })
    await storage.saveSavepoint(savepoint(10))
    await storage.saveSavepoint(savepoint(20))
    expect(await storage.readSavepoint()).toEqual(savepoint(20))
    await storage.saveSavepoint(undefined)
    expect(await storage.readSavepoint()).toBeUndefined()
  })

  it('drops the rows of another projection version, so a changed projection rebuilds itself', async () => {
    const storage = open()
    await storage.commitReadModel({ name: 'model', version: 1 }, 0, 3, [{ key: 'a', row: 'old' }])
    expect(await storage.loadReadModel({ name: 'model', version: 2 })).toEqual({ rows: [], checkpoint: 0 })
    // A commit from a tab still on version 1 is refused: its checkpoint is no longer there.
    expect(await storage.commitReadModel({ name: 'model', version: 1 }, 3, 4, [{ key: 'b', row: 'x' }])).toBe(false)
  })
})

describe('the Dexie upgrade from a table per read model (version 1) to one rows table (version 2)', () => {
  it('drops the old tables and checkpoints: the read models rebuild from the events, which it never touches', async () => {
    const name = `derived-upgrade-${Math.random()}`
    const old = new Dexie(name)
    old.version(1).stores({
      orderSummary: 'key',
      salesReport: 'key',
      customerHistory: 'key',
      checkpoints: 'model',
      snapshots: '[streamId+version]',
    })
    await old.table('orderSummary').put({ key: 'Order-stale', row: { orderId: 'stale' } })
    await old.table('checkpoints').put({ model: 'orderSummary', position: 99 })
    old.close()

    const eventStore = createInMemoryEventStore({ sessionId: 'tab-test' })
    await recordOrders(eventStore)
    const storage = createDexieDerivedStorage(name)
    expect(await storage.loadReadModel(orderSummaryProjection)).toEqual({ rows: [], checkpoint: 0 })
    const runner = createProjectionRunner(orderSummaryProjection, eventStore, storage, () => 0)
    const stop = runner.start()
    await runner.idle()
    stop()
    const rebuilt = await storage.loadReadModel(orderSummaryProjection)
    expect(rebuilt.checkpoint).toBe((await eventStore.readAll()).length)
    expect(rebuilt.rows.map(([key]) => key).sort()).toEqual(['Order-o-1', 'Order-o-2', 'Order-o-3', 'Order-o-4'])
    const upgraded = new Dexie(name)
    await upgraded.open()
    expect(upgraded.verno).toBe(3)
    expect(upgraded.tables.map((table) => table.name).sort()).toEqual([
      'checkpoints',
      'rows',
      'savepoints',
      'snapshots',
    ])
    upgraded.close()
  })
})

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { replayOrder } from '../../src/domains/order'
import { createRemoteEventStore, type RecordedEvent } from '../../src/kernel/eventstore'
import { courseRowToEvent } from '../../src/kernel/logfile/courseTable'
import { createRoom, type CreatedRoom } from '../../server/rooms/rooms'
import { freshDatabase, postgresUrl, startTestServer, type TestServer } from './testServer'

/** The learning material's table, exactly as 000_* creates it. */
const MATERIAL_TABLE = `
CREATE TABLE events (
    event_id UUID PRIMARY KEY,
    aggregate_type VARCHAR(100) NOT NULL,
    aggregate_id VARCHAR(255) NOT NULL,
    event_type VARCHAR(100) NOT NULL,
    version INTEGER NOT NULL,
    data JSONB NOT NULL,
    timestamp TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE(aggregate_type, aggregate_id, version)
)`

/** What 001_*'s EventStore.append runs: one INSERT per event, json.dumps data, utcnow() times. */
const APPEND = `
INSERT INTO events
(event_id, aggregate_type, aggregate_id,
 event_type, version, data, timestamp)
VALUES ($1, $2, $3, $4, $5, $6, $7)`

/** The material's walkthrough: floats for prices, snake_case keys, a status copied into events. */
const WALKTHROUGH = [
  ['OrderCreated', { customer_id: 'customer-123', status: 'created' }],
  ['ItemAdded', { item_id: 'apple', quantity: 3, price: 1.5 }],
  ['ItemAdded', { item_id: 'banana', quantity: 2, price: 0.75 }],
  ['OrderPaid', { payment_method: 'credit_card', status: 'paid' }],
] as const

describe.skipIf(!postgresUrl)('a database filled by the material’s Python walkthrough', () => {
  let server: TestServer
  let material: pg.Client
  let rows: { event_id: string; version: number; timestamp: string }[]
  let adopted: CreatedRoom

  beforeAll(async () => {
    const databaseUrl = await freshDatabase()
    material = new pg.Client({ connectionString: databaseUrl })
    await material.connect()
    await material.query(MATERIAL_TABLE)
    rows = []
    for (const [index, [type, data]] of WALKTHROUGH.entries()) {
      const row = {
        event_id: crypto.randomUUID(),
        version: index + 1,
        timestamp: `2024-01-15T10:3${index}:00`,
      }
      await material.query(APPEND, [
        row.event_id,
        'Order',
        'order-001',
        type,
        row.version,
        JSON.stringify(data),
        row.timestamp,
      ])
      rows.push(row)
    }
    server = await startTestServer({ databaseUrl })
    // What `npm run server:room -- create material --schema public` does.
    adopted = await createRoom(server.pool, 'material', 'public')
  })
  afterAll(async () => {
    await material.end()
    await server.close()
  })

  it('adopts the table as a room, reads its rows as schema 0 as the CSV import does, and the Order upcasts them', async () => {
    const store = createRemoteEventStore({ url: server.url, room: adopted.room, token: adopted.readToken })
    const events = await store.readStream('Order-order-001')
    // The CSV import's reading of the same rows: equal, positions aside (given in the order written).
    const imported = rows.map((row, index) =>
      courseRowToEvent(
        {
          ...row,
          aggregate_type: 'Order',
          aggregate_id: 'order-001',
          event_type: WALKTHROUGH[index]?.[0],
          data: WALKTHROUGH[index]?.[1],
        },
        `row ${index + 1}`,
      ),
    )
    expect(events.map((event) => ({ ...event, position: 0 }))).toEqual(
      imported.map((event) => ({ ...event, position: 0 })),
    )
    expect(events.map((event) => event.position)).toEqual([1, 2, 3, 4])
    expect(events[1]?.data).toEqual({ item_id: 'apple', quantity: 3, price: 1.5 })
    expect(replayOrder(events)).toMatchObject({
      orderId: 'order-001',
      customerId: 'customer-123',
      totalCents: 600,
      status: 'paid',
      version: 4,
    })
    await store.close()
  })

  it('gives a row the walkthrough writes afterwards the next position, and subscribers hear it', async () => {
    const store = createRemoteEventStore({ url: server.url, room: adopted.room, token: adopted.readToken })
    const heard: RecordedEvent[] = []
    store.subscribe((events) => heard.push(...events))
    await store.access()
    await material.query(APPEND, [
      crypto.randomUUID(),
      'Order',
      'order-002',
      'OrderCreated',
      1,
      JSON.stringify({ customer_id: 'customer-9', status: 'created' }),
      '2024-01-16T09:00:00',
    ])
    for (let wait = 0; wait < 200 && heard.length === 0; wait += 1)
      await new Promise((resolve) => setTimeout(resolve, 25))
    expect(heard.map((event) => [event.position, event.streamId, event.metadata.schemaVersion])).toEqual([
      [5, 'Order-order-002', 0],
    ])
    await store.close()
  })
})

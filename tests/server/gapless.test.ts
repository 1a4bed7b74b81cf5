import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRemoteEventStore, type RecordedEvent } from '../../src/kernel/eventstore'
import { schemaOfRoom } from '../../server/rooms/rooms'
import { postgresUrl, startTestServer, type TestServer } from './testServer'

/** A writer in the material's style: its own connection and transaction, a plain INSERT, no position given. */
async function materialWriter(databaseUrl: string, schema: string) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  await client.query("SELECT set_config('search_path', $1, false)", [schema])
  return {
    begin: () => client.query('BEGIN'),
    insert: (aggregateId: string, version: number) =>
      client.query(
        `INSERT INTO events (event_id, aggregate_type, aggregate_id, event_type, version, data, timestamp)
         VALUES (gen_random_uuid(), 'Order', $1, 'ItemAdded', $2, '{"item_id":"apple","quantity":1,"price":1.5}', now())`,
        [aggregateId, version],
      ),
    commit: () => client.query('COMMIT'),
    pause: (seconds: number) => client.query('SELECT pg_sleep($1)', [seconds]),
    end: () => client.end(),
  }
}

const settled = (promise: Promise<unknown>) => {
  let done = false
  void promise.then(
    () => (done = true),
    () => (done = true),
  )
  return () => done
}

describe.skipIf(!postgresUrl)('readers never see a gap', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.close())

  it('a second writer waits for the first to commit, so nobody reads position 2 while 1 is uncommitted', async () => {
    const { room, writeToken } = await server.newRoom()
    const reader = createRemoteEventStore({ url: server.url, room, token: writeToken })
    const first = await materialWriter(server.databaseUrl, schemaOfRoom(room))
    const second = await materialWriter(server.databaseUrl, schemaOfRoom(room))
    await first.begin()
    await first.insert('order-a', 1)
    await second.begin()
    const secondInsert = second.insert('order-b', 1)
    const secondInserted = settled(secondInsert)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(secondInserted()).toBe(false)
    expect(await reader.readAll()).toEqual([])
    await first.commit()
    await secondInsert
    expect((await reader.readAll()).map((event) => event.position)).toEqual([1])
    await second.commit()
    expect((await reader.readAll()).map((event) => [event.position, event.streamId])).toEqual([
      [1, 'Order-order-a'],
      [2, 'Order-order-b'],
    ])
    await Promise.all([first.end(), second.end(), reader.close()])
  })

  it('the same two writers with positions from a plain sequence: the reader sees 2 before 1 (why the lock)', async () => {
    const { room, writeToken } = await server.newRoom()
    const schema = schemaOfRoom(room)
    const reader = createRemoteEventStore({ url: server.url, room, token: writeToken })
    const admin = new pg.Client({ connectionString: server.databaseUrl })
    await admin.connect()
    // The naive way, on a copy of the room's table: a sequence, and no lock held to commit.
    await admin.query(`CREATE SEQUENCE ${schema}.naive_position`)
    await admin.query(`DROP TRIGGER assign_position ON ${schema}.events`)
    await admin.query(
      `ALTER TABLE ${schema}.events ALTER COLUMN position SET DEFAULT nextval('${schema}.naive_position')`,
    )
    const first = await materialWriter(server.databaseUrl, schema)
    const second = await materialWriter(server.databaseUrl, schema)
    await first.begin()
    await first.insert('order-a', 1)
    await second.begin()
    await second.insert('order-b', 1)
    await second.commit()
    // A reader that moves on from position 2 has skipped 1 for good.
    expect((await reader.readAll()).map((event) => event.position)).toEqual([2])
    await first.commit()
    expect((await reader.readAll()).map((event) => event.position)).toEqual([1, 2])
    await Promise.all([first.end(), second.end(), admin.end(), reader.close()])
  })

  it('20 concurrent writers and a reader: every read continues exactly where the last one ended', async () => {
    const { room, writeToken } = await server.newRoom()
    const schema = schemaOfRoom(room)
    const reader = createRemoteEventStore({ url: server.url, room, token: writeToken })
    const heard: RecordedEvent[] = []
    reader.subscribe((events) => heard.push(...events))
    await reader.access()
    const ROUNDS = 15
    let writing = true
    const polled: number[] = []
    const breaks: string[] = []
    const poll = (async () => {
      while (writing || polled.length < 20 * ROUNDS) {
        const page = await reader.readAll({ fromPosition: polled.length + 1 })
        page.forEach((event, index) => {
          if (event.position !== polled.length + index + 1)
            breaks.push(`read position ${event.position} after ${polled.length + index}`)
        })
        polled.push(...page.map((event) => event.position))
        if (!writing && page.length === 0) break
      }
    })()
    // Half write through the server, half as the material's Python would, pausing inside their transactions.
    const writers = Array.from({ length: 20 }, async (_, writer) => {
      if (writer % 2 === 0) {
        const store = createRemoteEventStore({ url: server.url, room, token: writeToken })
        for (let round = 1; round <= ROUNDS; round += 1)
          await store.append(`Order-server-${writer}`, [{ type: 'ItemAdded', data: { round } }], {
            expectedVersion: round - 1,
          })
        await store.close()
        return
      }
      const client = await materialWriter(server.databaseUrl, schema)
      for (let round = 1; round <= ROUNDS; round += 1) {
        await client.begin()
        await client.insert(`python-${writer}`, round)
        await client.pause(Math.random() * 0.005)
        await client.commit()
      }
      await client.end()
    })
    await Promise.all(writers)
    writing = false
    await poll
    expect(breaks).toEqual([])
    expect(polled).toEqual(Array.from({ length: 20 * ROUNDS }, (_, index) => index + 1))
    for (let wait = 0; wait < 200 && heard.length < 20 * ROUNDS; wait += 1)
      await new Promise((resolve) => setTimeout(resolve, 25))
    expect(heard.map((event) => event.position)).toEqual(polled)
    await reader.close()
  }, 60_000)
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../scripts/postgres/throwaway'
import { loadProblems, runLoad } from '../../scripts/shared-store/load'
import { createRemoteEventStore, type RecordedEvent } from '../../src/kernel/eventstore'
import { freshDatabase, postgresUrl, startTestServer, type TestServer } from './testServer'

/** A fetch whose network can be cut: while offline every request fails and live streams drop. */
function cuttableNetwork() {
  let offline = false
  const live = new Set<AbortController>()
  const cutFetch: typeof fetch = async (input, init) => {
    if (offline) throw new TypeError('fetch failed: the network is off')
    const controller = new AbortController()
    live.add(controller)
    init?.signal?.addEventListener('abort', () => controller.abort())
    controller.signal.addEventListener('abort', () => live.delete(controller))
    return fetch(input, { ...init, signal: controller.signal })
  }
  return {
    fetch: cutFetch,
    goOffline() {
      offline = true
      for (const controller of live) controller.abort()
    },
    goOnline() {
      offline = false
    },
  }
}

const until = async (done: () => boolean) => {
  for (let wait = 0; wait < 400 && !done(); wait += 1) await new Promise((resolve) => setTimeout(resolve, 25))
}

describe.skipIf(!postgresUrl)('shared store faults', () => {
  // A cluster of its own: this file restarts it.
  let postgres: ThrowawayPostgres
  let server: TestServer
  beforeAll(async () => {
    postgres = await startThrowawayPostgres()
    server = await startTestServer({ databaseUrl: await freshDatabase(postgres.url) })
  }, 60_000)
  afterAll(async () => {
    await server.close()
    await postgres.stop()
  })

  it('PostgreSQL restarted during the load: nothing lost or doubled, every subscription resumes with no gap', async () => {
    const room = await server.newRoom()
    let restarted = false
    const report = await runLoad({
      url: server.url,
      room: room.room,
      token: room.writeToken,
      clients: 10,
      appendsPerClient: 60,
      sharedStreams: 3,
      onProgress: async (done) => {
        if (done === 200 && !restarted) {
          restarted = true
          await postgres.restart()
        }
      },
    })
    expect(restarted).toBe(true)
    expect(loadProblems(report)).toEqual([])
    // Appends did meet the restart: they were refused as unreachable and sent again.
    expect(report.resent).toBeGreaterThan(0)
  }, 120_000)

  it('a client that was offline catches up on what it missed, and its own append while offline wrote nothing', async () => {
    const room = await server.newRoom()
    const network = cuttableNetwork()
    const writer = createRemoteEventStore({ url: server.url, room: room.room, token: room.writeToken })
    const traveller = createRemoteEventStore({
      url: server.url,
      room: room.room,
      token: room.writeToken,
      fetch: network.fetch,
      reconnectDelayMs: 50,
    })
    const heard: RecordedEvent[] = []
    traveller.subscribe((events) => heard.push(...events))
    await traveller.access()
    await writer.append('Order-before', [{ type: 'OrderCreated', data: {} }])
    await until(() => heard.length === 1)
    network.goOffline()
    await until(() => traveller.connection() === 'reconnecting')
    expect(traveller.connection()).toBe('reconnecting')
    const refused = await traveller.append('Order-mine', [{ type: 'OrderCreated', data: {} }]).catch((e: unknown) => e)
    expect(refused).toMatchObject({ problem: 'unreachable', message: expect.stringContaining('nothing was written') })
    for (let n = 0; n < 30; n += 1) await writer.append('Order-while-away', [{ type: 'ItemAdded', data: { n } }])
    network.goOnline()
    await until(() => heard.length >= 31)
    const stored = await writer.readAll()
    expect(stored.map((event) => event.streamId)).not.toContain('Order-mine')
    expect(heard.map((event) => [event.position, event.eventId])).toEqual(
      stored.map((event) => [event.position, event.eventId]),
    )
    expect(traveller.connection()).toBe('connected')
    await Promise.all([writer.close(), traveller.close()])
  }, 60_000)
  it('a read that the network drops while connected is tried again once the server is back, so the page still loads', async () => {
    const room = await server.newRoom()
    const network = cuttableNetwork()
    const writer = createRemoteEventStore({ url: server.url, room: room.room, token: room.writeToken })
    await writer.append('Order-a', [{ type: 'OrderCreated', data: {} }])
    const reader = createRemoteEventStore({
      url: server.url,
      room: room.room,
      token: room.writeToken,
      fetch: network.fetch,
      reconnectDelayMs: 50,
    })
    reader.subscribe(() => undefined)
    await reader.access()
    await until(() => reader.connection() === 'connected')
    // The read starts while connected; the network goes down under it and comes back 600 ms later.
    network.goOffline()
    const read = reader.readAll()
    setTimeout(() => network.goOnline(), 600)
    expect((await read).map((event) => event.streamId)).toEqual(['Order-a'])
    // A read begun during a known outage fails at once, saying so.
    network.goOffline()
    await until(() => reader.connection() === 'reconnecting')
    await expect(reader.readAll()).rejects.toMatchObject({ problem: 'unreachable' })
    network.goOnline()
    await Promise.all([writer.close(), reader.close()])
  }, 30_000)

  it('a read begun after the room answered, while the live connection is still coming up, is tried again too', async () => {
    const room = await server.newRoom()
    const network = cuttableNetwork()
    const writer = createRemoteEventStore({ url: server.url, room: room.room, token: room.writeToken })
    await writer.append('Order-a', [{ type: 'OrderCreated', data: {} }])
    // The live connection's request waits, as on a busy server: the store stays "connecting".
    let letSubscribe = () => undefined as void
    const subscribing = new Promise<void>((resolve) => (letSubscribe = resolve))
    const slowSubscribe: typeof fetch = async (input, init) => {
      if (String(input).includes('/subscribe')) await subscribing
      return network.fetch(input, init)
    }
    const reader = createRemoteEventStore({
      url: server.url,
      room: room.room,
      token: room.writeToken,
      fetch: slowSubscribe,
      reconnectDelayMs: 50,
    })
    reader.subscribe(() => undefined)
    await reader.access()
    expect(reader.connection()).toBe('connecting')
    network.goOffline()
    const read = reader.readAll()
    setTimeout(() => network.goOnline(), 600)
    expect((await read).map((event) => event.streamId)).toEqual(['Order-a'])
    letSubscribe()
    await until(() => reader.connection() === 'connected')
    expect(reader.connection()).toBe('connected')
    await Promise.all([writer.close(), reader.close()])
  }, 30_000)
})

import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRemoteEventStore, SharedStoreError, type RecordedEvent } from '../../src/kernel/eventstore'
import { DEFAULT_BODY_LIMIT } from '../../server/http/app'
import type { CreatedRoom } from '../../server/rooms/rooms'
import { postgresUrl, startTestServer, type TestServer } from './testServer'

const run = promisify(execFile)

describe.skipIf(!postgresUrl)('the shared store refuses bad requests clearly and writes nothing', () => {
  let server: TestServer
  let room: CreatedRoom
  const logLines: string[] = []

  beforeAll(async () => {
    server = await startTestServer({
      allowedOrigins: ['http://127.0.0.1:4173'],
      logLevel: 'info',
      // The server's own log, captured: it must never hold a token.
      loggerStream: { write: (line: string) => logLines.push(line) },
    })
    room = await server.newRoom()
  })
  afterAll(() => server.close())

  const eventCount = async () =>
    (
      await server.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM room_${room.room.replaceAll('-', '_')}.events`,
      )
    ).rows[0]?.n
  const send = (
    path: string,
    init: { token?: string; body?: string; method?: string; headers?: Record<string, string> },
  ) =>
    fetch(`${server.url}/api/rooms/${path}`, {
      method: init.method ?? 'POST',
      headers: {
        'content-type': 'application/json',
        ...(init.token === undefined ? {} : { authorization: `Bearer ${init.token}` }),
        ...init.headers,
      },
      ...(init.body === undefined ? {} : { body: init.body }),
    })
  const appendBody = JSON.stringify({ streamId: 'Order-order-001', events: [{ type: 'OrderCreated', data: {} }] })

  it.each([
    [
      'malformed JSON',
      () => ({ token: room.writeToken, body: '{"streamId": "Order-a", "events": [' }),
      400,
      'MalformedJson',
      'not valid JSON',
    ],
    [
      'events that are not an array',
      () => ({ token: room.writeToken, body: '{"streamId":"Order-a","events":"x"}' }),
      400,
      'BadRequest',
      'events: must be an array',
    ],
    [
      'a stream id that is a number',
      () => ({ token: room.writeToken, body: '{"streamId":7,"events":[]}' }),
      400,
      'BadRequest',
      'streamId: must be a string',
    ],
    [
      'an unknown field',
      () => ({ token: room.writeToken, body: `{"streamId":"Order-a","events":[],"drop":"table"}` }),
      400,
      'BadRequest',
      'drop',
    ],
    [
      'an event with no type',
      () => ({ token: room.writeToken, body: '{"streamId":"Order-a","events":[{"data":{}}]}' }),
      400,
      'InvalidAppendError',
      'events[0].type',
    ],
    [
      'a time that is not a date',
      () => ({
        token: room.writeToken,
        body: '{"streamId":"Order-a","events":[{"type":"X","data":{}}],"recordedAt":"soon"}',
      }),
      400,
      'BadRequest',
      'recordedAt',
    ],
    [
      'U+0000 in the data',
      () => ({
        token: room.writeToken,
        body: '{"streamId":"Order-a","events":[{"type":"X","data":{"note":"a\\u0000b"}}]}',
      }),
      400,
      'InvalidAppendError',
      'events[0].data.note',
    ],
    [
      'a body over the limit',
      () => ({
        token: room.writeToken,
        body: JSON.stringify({
          streamId: 'Order-a',
          events: [{ type: 'X', data: { note: 'x'.repeat(DEFAULT_BODY_LIMIT) } }],
        }),
      }),
      413,
      'BodyTooLarge',
      'over this server',
    ],
    ['no token', () => ({ body: appendBody }), 401, 'Unauthorized', 'needs a token'],
    ['a wrong token', () => ({ token: 'not-the-token', body: appendBody }), 401, 'Unauthorized', 'does not open'],
    ['the read token', () => ({ token: room.readToken, body: appendBody }), 403, 'ReadOnly', 'may only read'],
  ])('an append with %s is refused, named, and nothing is stored', async (_, request, status, error, message) => {
    const response = await send(`${room.room}/append`, request())
    expect(response.status).toBe(status)
    const body = (await response.json()) as { error: string; message: string }
    expect(body.error).toBe(error)
    expect(body.message).toContain(message)
    expect(await eventCount()).toBe(0)
  })

  it('an unknown room is a 404 that names it; a read token may not clear or import either', async () => {
    const unknown = await send('no-such-room/append', { token: room.writeToken, body: appendBody })
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toMatchObject({
      error: 'UnknownRoom',
      message: expect.stringContaining('no-such-room'),
    })
    const clear = await send(`${room.room}/clear`, { token: room.readToken, body: '{}' })
    expect(clear.status).toBe(403)
    const imported = await send(`${room.room}/import`, { token: room.readToken, body: '{"events":[]}' })
    expect(imported.status).toBe(403)
    expect(await eventCount()).toBe(0)
  })

  it('the remote adapter turns refusals into event-store errors a person can read', async () => {
    const reader = createRemoteEventStore({ url: server.url, room: room.room, token: room.readToken })
    expect(await reader.access()).toBe('read')
    const refused = await reader
      .append('Order-order-001', [{ type: 'OrderCreated', data: {} }])
      .catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(SharedStoreError)
    expect(refused).toMatchObject({ problem: 'read-only', message: expect.stringContaining('may only read') })
    const stranger = createRemoteEventStore({ url: server.url, room: room.room, token: 'wrong' })
    await expect(stranger.access()).rejects.toMatchObject({ problem: 'unauthorized' })
    const nowhere = createRemoteEventStore({ url: 'http://127.0.0.1:9', room: room.room, token: room.writeToken })
    await expect(nowhere.append('Order-a', [{ type: 'X', data: {} }])).rejects.toMatchObject({
      problem: 'unreachable',
      message: expect.stringContaining('nothing was written'),
    })
    await Promise.all([reader.close(), stranger.close(), nowhere.close()])
    expect(await eventCount()).toBe(0)
  })

  it('reads with the read token, and hears a writer’s appends live', async () => {
    const writer = createRemoteEventStore({ url: server.url, room: room.room, token: room.writeToken })
    const reader = createRemoteEventStore({ url: server.url, room: room.room, token: room.readToken })
    const heard: RecordedEvent[] = []
    reader.subscribe((events) => heard.push(...events))
    await reader.access()
    await writer.append('Order-order-9', [{ type: 'OrderCreated', data: { n: 1 } }])
    for (let wait = 0; wait < 200 && heard.length === 0; wait += 1)
      await new Promise((resolve) => setTimeout(resolve, 25))
    expect(heard.map((event) => event.streamId)).toEqual(['Order-order-9'])
    expect(reader.connection()).toBe('connected')
    await Promise.all([reader.close(), writer.close()])
  })

  it('lets only the configured origins call it from a page elsewhere (CORS)', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/api/rooms/${room.room}/append`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      })
    const allowed = await preflight('http://127.0.0.1:4173')
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4173')
    const other = await preflight('http://evil.example')
    expect(other.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('never writes a token to its log', async () => {
    await send(`${room.room}/append`, { token: room.readToken, body: appendBody })
    await send(`${room.room}/append`, { token: `${room.writeToken}x`, body: appendBody })
    expect(logLines.length).toBeGreaterThan(5)
    const log = logLines.join('\n')
    expect(log).not.toContain(room.writeToken)
    expect(log).not.toContain(room.readToken)
  })
})

describe.skipIf(!postgresUrl)('npm run server:room -- create <name>', () => {
  it('prints the room and its two tokens as JSON, and refuses a taken or bad name', async () => {
    const server = await startTestServer()
    const env = { ...process.env, DATABASE_URL: server.databaseUrl }
    const cli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'server/roomCli.ts', ...args], { env })
    const { stdout } = await cli('create', 'class-a')
    const created = JSON.parse(stdout) as Record<string, string>
    expect(Object.keys(created)).toEqual(['room', 'writeToken', 'readToken'])
    expect(created.room).toBe('class-a')
    expect(created.writeToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(created.writeToken).not.toBe(created.readToken)
    const store = createRemoteEventStore({ url: server.url, room: 'class-a', token: created.writeToken ?? '' })
    expect(await store.access()).toBe('write')
    await store.close()
    await expect(cli('create', 'class-a')).rejects.toMatchObject({ stderr: expect.stringContaining('exists already') })
    await expect(cli('create', 'Class A')).rejects.toMatchObject({
      stderr: expect.stringContaining('cannot name a room'),
    })
    await server.close()
  }, 30_000)
})

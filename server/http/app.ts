import cors from '@fastify/cors'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify'
import type pg from 'pg'
import type { RoomFeeds } from '../feed/roomFeeds'
import { accessOf, findRoom, type Access, type Room } from '../rooms/rooms'
import { roomStore } from '../store/roomStore'
import { errorHandler, HttpRefusal } from './errors'
import { parseAppend, parseImport, parseReadAllQuery, parseStreamQuery, parseSubscribeQuery } from './requests'
import { streamEvents } from './subscribe'

export interface ServerOptions {
  readonly pool: pg.Pool
  readonly feeds: RoomFeeds
  /** Origins whose pages may call the server (CORS); pages the server itself serves need none. */
  readonly allowedOrigins: readonly string[]
  /** The largest request body, in bytes: an append, a clear. */
  readonly bodyLimit?: number
  /** The largest import body, in bytes. */
  readonly importBodyLimit?: number
  /** Logs at this level and above (`info` logs every request); none when absent. */
  readonly logLevel?: string
  /** Where the log goes instead of stdout (tests read it). */
  readonly loggerStream?: { write(line: string): void }
  /** A built playground (dist/) to serve at /, so a class opens the site and its store from one address. */
  readonly siteDir?: string
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024
export const DEFAULT_IMPORT_BODY_LIMIT = 64 * 1024 * 1024

declare module 'fastify' {
  interface FastifyRequest {
    room?: Room
    access?: Access
  }
}

type RoomRequest = FastifyRequest<{ Params: { room: string }; Querystring: Record<string, string | undefined> }>

const BEARER = /^Bearer ([A-Za-z0-9_-]{1,200})$/

/** The room a request names and what its token may do there: 404, 401, or on it goes. */
async function admit(pool: pg.Pool, request: RoomRequest): Promise<void> {
  const room = await findRoom(pool, request.params.room)
  if (!room)
    throw new HttpRefusal(404, 'UnknownRoom', `There is no room named "${request.params.room}" on this server.`)
  const token = BEARER.exec(request.headers.authorization ?? '')?.[1]
  if (!token)
    throw new HttpRefusal(
      401,
      'Unauthorized',
      `Room "${room.name}" needs a token, sent as "Authorization: Bearer <token>".`,
    )
  const access = accessOf(room, token)
  if (!access) throw new HttpRefusal(401, 'Unauthorized', `That token does not open room "${room.name}".`)
  request.room = room
  request.access = access
}

function mayWrite(request: FastifyRequest): Room {
  const room = request.room as Room
  if (request.access !== 'write')
    throw new HttpRefusal(403, 'ReadOnly', `This token may only read room "${room.name}": nothing was written.`)
  return room
}

/**
 * The shared store's HTTP API: the event-store port of one room per URL, behind its tokens.
 * Every value reaches SQL as a parameter; a room's schema is set with set_config, also a parameter.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT
  const importBodyLimit = options.importBodyLimit ?? DEFAULT_IMPORT_BODY_LIMIT
  const app = Fastify({
    logger: options.logLevel
      ? { level: options.logLevel, ...(options.loggerStream ? { stream: options.loggerStream } : {}) }
      : false,
    // Request logs carry the method and the URL, never headers: a token is never logged.
    bodyLimit,
    // Live event streams never go idle: closing the server ends them too.
    forceCloseConnections: true,
    // Event data may hold a "__proto__" key (as data, the port keeps it): JSON.parse makes it an own
    // property, never a prototype, and nothing here merges request objects into others.
    onProtoPoisoning: 'ignore',
    onConstructorPoisoning: 'ignore',
  })
  const origins = new Set(options.allowedOrigins)
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin === undefined || origins.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type'],
    maxAge: 600,
  })
  app.setErrorHandler(errorHandler((request) => (request.url.endsWith('/import') ? importBodyLimit : bodyLimit)))
  const { pool, feeds } = options
  const storeOf = (request: FastifyRequest) => roomStore(pool, (request.room as Room).schema)

  app.get('/api/health', async () => {
    await pool.query('SELECT 1')
    return { ok: true }
  })

  if (options.siteDir) await app.register(fastifyStatic, { root: options.siteDir, index: 'index.html' })

  await app.register(async (rooms) => {
    // Before the body is read: a request without a valid token costs no parsing and writes nothing.
    rooms.addHook('onRequest', (request) => admit(pool, request as RoomRequest))

    rooms.get('/api/rooms/:room', async (request: RoomRequest) => {
      const last = await storeOf(request).lastEvent()
      return {
        room: request.room?.name,
        access: request.access,
        lastPosition: last?.position ?? 0,
        lastEventId: last?.eventId ?? null,
      }
    })

    rooms.post('/api/rooms/:room/append', async (request: RoomRequest) => {
      mayWrite(request)
      const { result } = await storeOf(request).append(parseAppend(request.body))
      return result
    })

    rooms.post('/api/rooms/:room/import', { bodyLimit: importBodyLimit }, async (request: RoomRequest) => {
      mayWrite(request)
      const { events, replace } = parseImport(request.body)
      return storeOf(request).importEvents(events, replace)
    })

    rooms.post('/api/rooms/:room/clear', async (request: RoomRequest, reply) => {
      mayWrite(request)
      await storeOf(request).clear()
      return reply.status(204).send()
    })

    rooms.get('/api/rooms/:room/stream', async (request: RoomRequest) => {
      const { streamId, fromVersion, toVersion } = parseStreamQuery(request.query)
      return { events: await storeOf(request).readStream(streamId, fromVersion, toVersion) }
    })

    rooms.get('/api/rooms/:room/stream-version', async (request: RoomRequest) => {
      const { streamId } = parseStreamQuery(request.query)
      return { version: await storeOf(request).streamVersion(streamId) }
    })

    rooms.get('/api/rooms/:room/events', async (request: RoomRequest) => {
      const { fromPosition, limit } = parseReadAllQuery(request.query)
      return { events: await storeOf(request).readAll(fromPosition, limit) }
    })

    rooms.get('/api/rooms/:room/subscribe', async (request: RoomRequest, reply) => {
      const { from, after } = parseSubscribeQuery(request.query)
      const headers = Object.fromEntries(
        Object.entries(reply.getHeaders()).map(([name, value]) => [name, String(value)]),
      )
      streamEvents(request, reply, feeds.feedOf((request.room as Room).schema), from, after, headers)
    })
  })

  return app
}

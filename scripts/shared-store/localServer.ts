import type { AddressInfo } from 'node:net'
import type pg from 'pg'
import { createPool } from '../../server/db/pool'
import { migrate } from '../../server/db/migrate'
import { createRoomFeeds, type RoomFeeds } from '../../server/feed/roomFeeds'
import { buildServer, type ServerOptions } from '../../server/http/app'
import { createRoom, type CreatedRoom } from '../../server/rooms/rooms'

export interface LocalServer {
  readonly url: string
  readonly port: number
  readonly databaseUrl: string
  readonly pool: pg.Pool
  readonly feeds: RoomFeeds
  newRoom(name?: string): Promise<CreatedRoom>
  /** Stops listening (clients lose their connection); the database stays. */
  stop(): Promise<void>
  /** Listens again on the same port. */
  start(): Promise<void>
  close(): Promise<void>
}

let rooms = 0

/**
 * The real server in this process (migrations, LISTEN, HTTP on a loopback port) over a database,
 * for tests and benches: what `npm run server` runs, with a port of the system's choosing.
 */
export async function startLocalServer(
  databaseUrl: string,
  options: Partial<Omit<ServerOptions, 'pool' | 'feeds'>> & { port?: number } = {},
): Promise<LocalServer> {
  const pool = createPool(databaseUrl, 20)
  await migrate(pool)
  const feeds = createRoomFeeds(pool, databaseUrl, (error) => console.error('room feed', error))
  await feeds.ready()
  let app = await buildServer({ allowedOrigins: [], ...options, pool, feeds })
  await app.listen({ host: '127.0.0.1', port: options.port ?? 0 })
  const { port } = app.server.address() as AddressInfo
  let listening = true
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    databaseUrl,
    pool,
    feeds,
    newRoom: (name = `room-${process.pid}-${++rooms}`) => createRoom(pool, name),
    async stop() {
      if (!listening) return
      listening = false
      await app.close()
    },
    async start() {
      if (listening) return
      app = await buildServer({ allowedOrigins: [], ...options, pool, feeds })
      await app.listen({ host: '127.0.0.1', port })
      listening = true
    },
    async close() {
      if (listening) await app.close()
      await feeds.close()
      await pool.end()
    },
  }
}

import type { AddressInfo } from 'node:net'
import pg from 'pg'
import { inject } from 'vitest'
import { createPool } from '../../server/db/pool'
import { migrate } from '../../server/db/migrate'
import { createRoomFeeds, type RoomFeeds } from '../../server/feed/roomFeeds'
import { buildServer, type ServerOptions } from '../../server/http/app'
import { createRoom, type CreatedRoom } from '../../server/rooms/rooms'

/** The run's throwaway PostgreSQL (tests/server/globalSetup.ts), or null where it is not installed. */
export const postgresUrl = inject('postgresUrl')

let databases = 0

/** A database of its own for one test file, on the run's cluster (or on `clusterUrl`). */
export async function freshDatabase(clusterUrl = postgresUrl as string): Promise<string> {
  const name = `playground_${process.pid}_${Date.now()}_${++databases}`
  const admin = new pg.Client({ connectionString: clusterUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  return clusterUrl.replace(/\/[^/]*$/, `/${name}`)
}

export interface TestServer {
  readonly url: string
  readonly databaseUrl: string
  readonly pool: pg.Pool
  readonly feeds: RoomFeeds
  newRoom(name?: string): Promise<CreatedRoom>
  close(): Promise<void>
}

let rooms = 0

/** The real server (migrations, LISTEN, HTTP on a loopback port) over a fresh database. */
export async function startTestServer(
  options: Partial<Omit<ServerOptions, 'pool' | 'feeds'>> & { databaseUrl?: string } = {},
): Promise<TestServer> {
  const databaseUrl = options.databaseUrl ?? (await freshDatabase())
  const pool = createPool(databaseUrl, 20)
  await migrate(pool)
  const feeds = createRoomFeeds(pool, databaseUrl, (error) => console.error('room feed', error))
  await feeds.ready()
  const app = await buildServer({ allowedOrigins: [], ...options, pool, feeds })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = app.server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    databaseUrl,
    pool,
    feeds,
    newRoom: (name = `room-${process.pid}-${++rooms}`) => createRoom(pool, name),
    async close() {
      await app.close()
      await feeds.close()
      await pool.end()
    },
  }
}

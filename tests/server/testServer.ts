import pg from 'pg'
import { inject } from 'vitest'
import { startLocalServer, type LocalServer } from '../../scripts/shared-store/localServer'

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

export type TestServer = LocalServer

/** The real server (migrations, LISTEN, HTTP on a loopback port) over a fresh database of the run's cluster. */
export async function startTestServer(
  options: Parameters<typeof startLocalServer>[1] & { databaseUrl?: string } = {},
): Promise<TestServer> {
  return startLocalServer(options.databaseUrl ?? (await freshDatabase()), options)
}

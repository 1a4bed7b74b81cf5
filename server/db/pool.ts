import pg from 'pg'

/** BIGINT (OID 20) columns (positions) as numbers: a log would need 2^53 events to overflow one. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
}

/** A connection pool to the server's database. */
export function createPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, types, connectionTimeoutMillis: 5_000 })
  // An idle client's connection dropped (PostgreSQL restarted): the pool discards it; nothing to do.
  pool.on('error', () => undefined)
  return pool
}

/** The schema each pooled connection's search_path is set to, so it is set again only when it changes. */
const schemaOfConnection = new WeakMap<pg.PoolClient, string>()

/**
 * Runs `work` on a pooled connection whose `search_path` is a room's schema (set with
 * set_config: a parameter, never SQL text), in one transaction when asked. The setting lasts
 * with the connection, and is made again whenever the connection next serves another room.
 */
export async function inRoom<T>(
  pool: pg.Pool,
  schema: string,
  work: (client: pg.PoolClient) => Promise<T>,
  /** Opens a transaction: 'BEGIN', and what else to run first in the same round trip (no parameters). */
  transaction?: string,
): Promise<T> {
  const client = await pool.connect()
  let broken: unknown
  // The database can end the connection between two statements (a restart): the next statement
  // fails and says so; the event itself is only noted, so it is not thrown where nobody listens.
  const onConnectionError = (error: Error) => (broken = error)
  client.on('error', onConnectionError)
  try {
    if (schemaOfConnection.get(client) !== schema) {
      await client.query("SELECT set_config('search_path', $1, false)", [schema])
      schemaOfConnection.set(client, schema)
    }
    if (transaction === undefined) return await work(client)
    await client.query(transaction)
    try {
      const result = await work(client)
      await client.query('COMMIT')
      return result
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: unknown) => (broken = rollbackError))
      throw error
    }
  } catch (error) {
    broken ??= isConnectionError(error) ? error : undefined
    throw error
  } finally {
    client.off('error', onConnectionError)
    // A connection that failed is not given back to the pool to fail the next request too.
    client.release(broken instanceof Error ? broken : undefined)
  }
}

/** An error of the connection itself rather than of a statement. */
function isConnectionError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  if (typeof code === 'string') return code.startsWith('08') || code.startsWith('57') || code.startsWith('E')
  return typeof message === 'string' && /Connection terminated|connection error/i.test(message)
}

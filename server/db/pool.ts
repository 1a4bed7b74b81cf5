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

/** Runs `work` in one transaction with `search_path` set to a room's schema (a parameter, not SQL text). */
export async function inRoomTransaction<T>(
  pool: pg.Pool,
  schema: string,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query("SELECT set_config('search_path', $1, true)", [schema])
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type pg from 'pg'

const MIGRATIONS = join(import.meta.dirname, '..', 'migrations')

/**
 * Applies the SQL files of server/migrations not yet applied, in name order, each in its own
 * transaction. An advisory lock keeps two servers starting at once from applying one twice.
 * Returns the names applied now.
 */
export async function migrate(pool: pg.Pool): Promise<string[]> {
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', ['event-sourcing-playground:migrations'])
    await client.query('CREATE SCHEMA IF NOT EXISTS playground')
    await client.query(
      'CREATE TABLE IF NOT EXISTS playground.migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    )
    const done = new Set(
      (await client.query<{ name: string }>('SELECT name FROM playground.migrations')).rows.map((row) => row.name),
    )
    const files = (await readdir(MIGRATIONS)).filter((name) => name.endsWith('.sql')).sort()
    const applied: string[] = []
    for (const name of files.filter((file) => !done.has(file))) {
      const sql = await readFile(join(MIGRATIONS, name), 'utf8')
      await client.query('BEGIN')
      try {
        await client.query(sql)
        await client.query('INSERT INTO playground.migrations (name) VALUES ($1)', [name])
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        throw new Error(`Migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        })
      }
      applied.push(name)
    }
    return applied
  } finally {
    await client
      .query('SELECT pg_advisory_unlock(hashtext($1))', ['event-sourcing-playground:migrations'])
      .catch(() => undefined)
    client.release()
  }
}

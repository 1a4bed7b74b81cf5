import type pg from 'pg'
import { hashToken, newToken, tokenMatches } from './tokens'

/** A room's name: lowercase letters, digits and dashes, starting with a letter, up to 40 characters. */
export const ROOM_NAME = /^[a-z][a-z0-9-]{0,39}$/

export interface Room {
  readonly name: string
  /** The PostgreSQL schema that holds the room's `events` table. */
  readonly schema: string
  readonly writeTokenHash: Uint8Array
  readonly readTokenHash: Uint8Array
}

export interface CreatedRoom {
  readonly room: string
  readonly writeToken: string
  readonly readToken: string
}

export type Access = 'write' | 'read'

export class RoomError extends Error {
  override name = 'RoomError'
}

/** The schema a new room's events go in: `room_` and its name, dashes as underscores. */
export const schemaOfRoom = (name: string): string => `room_${name.replaceAll('-', '_')}`

/**
 * Creates a room and its tables, and returns its two tokens: they are shown once and only their
 * hashes are kept. `schema` adopts an existing schema instead (for example `public`, where the
 * learning material's Python walkthrough wrote its `events` table).
 */
export async function createRoom(pool: pg.Pool, name: string, schema = schemaOfRoom(name)): Promise<CreatedRoom> {
  if (!ROOM_NAME.test(name))
    throw new RoomError(
      `"${name}" cannot name a room: use lowercase letters, digits and dashes, starting with a letter, up to 40 characters.`,
    )
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new RoomError(`"${schema}" cannot name a schema: use lowercase letters, digits and underscores.`)
  const writeToken = newToken()
  const readToken = newToken()
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const taken = await client.query('SELECT 1 FROM playground.rooms WHERE name = $1 OR schema_name = $2', [
      name,
      schema,
    ])
    if (taken.rowCount) throw new RoomError(`A room named "${name}" (or one in schema ${schema}) exists already.`)
    await client.query('SELECT playground.create_room_tables($1)', [schema])
    await client.query(
      'INSERT INTO playground.rooms (name, schema_name, write_token_hash, read_token_hash) VALUES ($1, $2, $3, $4)',
      [name, schema, hashToken(writeToken), hashToken(readToken)],
    )
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
  return { room: name, writeToken, readToken }
}

/** The room of that name, or undefined. */
export async function findRoom(pool: pg.Pool, name: string): Promise<Room | undefined> {
  if (!ROOM_NAME.test(name)) return undefined
  const { rows } = await pool.query<{
    name: string
    schema_name: string
    write_token_hash: Buffer
    read_token_hash: Buffer
  }>('SELECT name, schema_name, write_token_hash, read_token_hash FROM playground.rooms WHERE name = $1', [name])
  const row = rows[0]
  return row
    ? {
        name: row.name,
        schema: row.schema_name,
        writeTokenHash: row.write_token_hash,
        readTokenHash: row.read_token_hash,
      }
    : undefined
}

/** What a token may do in a room: write (append, import, clear, read), read, or nothing. */
export function accessOf(room: Room, token: string): Access | null {
  // Both comparisons always run: which token matched does not show in the time taken.
  const writes = tokenMatches(token, room.writeTokenHash)
  const reads = tokenMatches(token, room.readTokenHash)
  return writes ? 'write' : reads ? 'read' : null
}

import { createPool } from './db/pool'
import { migrate } from './db/migrate'
import { createRoom, RoomError } from './rooms/rooms'
import { serverSettings, SettingsError } from './settings'

const USAGE = `Usage: npm run server:room -- create <name> [--schema <schema>]

Creates a room and prints its tokens as JSON: { "room", "writeToken", "readToken" }.
The write token may append, import and clear; the read token may only read.
--schema adopts an existing schema's events table, such as public for the learning material's database.`

/** `npm run server:room -- create <name>`: makes a room in DATABASE_URL's database. */
async function main(args: readonly string[]): Promise<void> {
  const [command, name, flag, schema] = args
  if (command !== 'create' || !name || (flag !== undefined && (flag !== '--schema' || !schema))) {
    console.error(USAGE)
    process.exit(2)
  }
  const pool = createPool(serverSettings(process.env).databaseUrl, 1)
  try {
    await migrate(pool)
    console.log(JSON.stringify(await createRoom(pool, name, schema)))
  } finally {
    await pool.end()
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const known = error instanceof RoomError || error instanceof SettingsError
  console.error(known ? error.message : error)
  process.exit(1)
})

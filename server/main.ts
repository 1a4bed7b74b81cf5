import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createPool } from './db/pool'
import { migrate } from './db/migrate'
import { createRoomFeeds } from './feed/roomFeeds'
import { buildServer } from './http/app'
import { serverSettings } from './settings'

/** `npm run server`: the shared store. Settings come from the environment (see settings.ts and the README). */
async function main(): Promise<void> {
  const settings = serverSettings(process.env)
  const pool = createPool(settings.databaseUrl)
  const applied = await migrate(pool)
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(', ')}`)
  const feeds = createRoomFeeds(pool, settings.databaseUrl, (error) => console.error('Room feed:', error))
  const siteDir = join(import.meta.dirname, '..', 'dist')
  const app = await buildServer({
    pool,
    feeds,
    allowedOrigins: settings.allowedOrigins,
    logLevel: settings.logLevel,
    ...(existsSync(join(siteDir, 'index.html')) ? { siteDir } : {}),
  })
  await app.listen({ host: settings.host, port: settings.port })
  console.log(
    `Shared store on http://${settings.host}:${settings.port} (origins allowed: ${settings.allowedOrigins.join(', ') || 'none'})`,
  )
  const stop = async () => {
    await app.close()
    await feeds.close()
    await pool.end()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})

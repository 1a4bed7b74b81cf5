/** The server's settings, read from the environment. */
export interface ServerSettings {
  readonly databaseUrl: string
  readonly host: string
  readonly port: number
  readonly allowedOrigins: readonly string[]
  /** pino's level: `info` logs every request (method and URL, never a token), `warn` only trouble. */
  readonly logLevel: string
}

export const DEFAULT_PORT = 8787
/** The static site as `npm start` serves it. */
export const DEFAULT_ORIGINS = ['http://127.0.0.1:4173', 'http://localhost:4173']

export class SettingsError extends Error {
  override name = 'SettingsError'
}

/**
 * DATABASE_URL (required: postgres://user:password@host:port/database), HOST (127.0.0.1; 0.0.0.0
 * to let a class reach it), PORT (8787), ALLOWED_ORIGINS (comma-separated origins of pages that
 * may call the server from elsewhere; the static site's by default), LOG_LEVEL (info: every request;
 * warn, the default: only trouble).
 */
export function serverSettings(env: Record<string, string | undefined>): ServerSettings {
  const databaseUrl = env.DATABASE_URL
  if (!databaseUrl)
    throw new SettingsError(
      'Set DATABASE_URL to the PostgreSQL database, such as postgres://postgres@127.0.0.1:5432/playground',
    )
  const port = env.PORT === undefined ? DEFAULT_PORT : Number(env.PORT)
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new SettingsError(`PORT must be a port number, not "${env.PORT}"`)
  const allowedOrigins =
    env.ALLOWED_ORIGINS === undefined
      ? DEFAULT_ORIGINS
      : env.ALLOWED_ORIGINS.split(',')
          .map((origin) => origin.trim())
          .filter(Boolean)
  for (const origin of allowedOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin))
      throw new SettingsError(
        `ALLOWED_ORIGINS holds "${origin}": an origin is a scheme and a host, such as http://127.0.0.1:4173`,
      )
  }
  const logLevel = env.LOG_LEVEL ?? 'warn'
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace'].includes(logLevel))
    throw new SettingsError(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, not "${logLevel}"`)
  return { databaseUrl, host: env.HOST ?? '127.0.0.1', port, allowedOrigins, logLevel }
}

import { describe, expect, it } from 'vitest'
import { DEFAULT_ORIGINS, DEFAULT_PORT, serverSettings } from '../../server/settings'

describe('npm run server reads its settings from the environment', () => {
  const url = 'postgres://postgres@127.0.0.1:5432/playground'

  it('needs DATABASE_URL, and defaults the rest to a loopback server for the static site', () => {
    expect(() => serverSettings({})).toThrow('Set DATABASE_URL')
    expect(serverSettings({ DATABASE_URL: url })).toEqual({
      databaseUrl: url,
      host: '127.0.0.1',
      port: DEFAULT_PORT,
      allowedOrigins: DEFAULT_ORIGINS,
      logLevel: 'warn',
    })
  })

  it('takes a host, a port, origins and a log level, and refuses what it cannot use', () => {
    expect(
      serverSettings({
        DATABASE_URL: url,
        HOST: '0.0.0.0',
        PORT: '9000',
        ALLOWED_ORIGINS: 'http://10.0.0.5:4173, https://class.example',
        LOG_LEVEL: 'info',
      }),
    ).toMatchObject({ host: '0.0.0.0', port: 9000, allowedOrigins: ['http://10.0.0.5:4173', 'https://class.example'] })
    expect(() => serverSettings({ DATABASE_URL: url, PORT: 'eighty' })).toThrow('PORT must be a port number')
    expect(() => serverSettings({ DATABASE_URL: url, ALLOWED_ORIGINS: 'http://a.example/path' })).toThrow(
      'an origin is a scheme and a host',
    )
    expect(() => serverSettings({ DATABASE_URL: url, LOG_LEVEL: 'loud' })).toThrow('LOG_LEVEL must be one of')
  })
})

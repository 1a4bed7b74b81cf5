import { existsSync } from 'node:fs'

/**
 * Which Chromium the e2e suite drives: $CHROMIUM_PATH, else Debian's /usr/bin/chromium,
 * else undefined (Playwright's own downloaded browser).
 */
export function chromiumExecutablePath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
}

/** Flags that keep Chromium from reaching out to the network (it stalls on a closed network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

import { spawn, type ChildProcess } from 'node:child_process'

/** Serves the built site (dist/) on 127.0.0.1:port for scripts; stop it with the returned function. */
export async function servePreview(port: number): Promise<{ url: string; stop: () => void }> {
  const url = `http://127.0.0.1:${port}/`
  const server: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    // Its own process group, so stopping it stops vite too and not only npx.
    { stdio: 'ignore', detached: true },
  )
  const stop = () => {
    if (server.pid !== undefined) process.kill(-server.pid)
  }
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return { url, stop }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  stop()
  throw new Error(`The preview server did not start at ${url}`)
}

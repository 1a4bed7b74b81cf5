import { spawn, type ChildProcess } from 'node:child_process'

/** Serves the built site (dist/) on 127.0.0.1:port for scripts; stop it with the returned function. */
export async function servePreview(port: number): Promise<{ url: string; stop: () => void }> {
  const url = `http://127.0.0.1:${port}/`
  const server: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      stdio: 'ignore',
    },
  )
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => server.kill() }
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  server.kill()
  throw new Error(`The preview server did not start at ${url}`)
}

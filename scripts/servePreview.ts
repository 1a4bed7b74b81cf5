import { spawn, type ChildProcess } from 'node:child_process'

/** Serves the built site (dist/) on 127.0.0.1:port for scripts; stop it with the returned function. */
export async function servePreview(port: number): Promise<{ url: string; stop: () => void }> {
  const url = `http://127.0.0.1:${port}/`
  // A server left running on the port by an earlier run would answer instead of this one.
  const taken = await fetch(url).then(
    () => true,
    () => false,
  )
  if (taken) throw new Error(`Port ${port} is taken: is an earlier run still serving there?`)
  const server: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    // Its own process group, so stopping it stops vite too and not only npx.
    { stdio: 'ignore', detached: true },
  )
  let exited = false
  server.on('exit', () => (exited = true))
  const stop = () => {
    if (server.pid === undefined || exited) return
    try {
      process.kill(-server.pid)
    } catch {
      // Gone already.
    }
  }
  for (let attempt = 0; attempt < 100; attempt += 1) {
    // A server left running on the port by an earlier run would answer instead: say so.
    if (exited) throw new Error(`The preview server exited: is port ${port} taken (an earlier run still serving)?`)
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

/**
 * `npm run bench:shared`: the shared store under load on loopback, as a class would use it. A
 * throwaway PostgreSQL, the real server in a process of its own (`npm run server`), a room made
 * with `npm run server:room`, then 30 clients × 100 appends, half of them racing on 3 streams.
 * Prints the figures the README quotes and fails if anything was lost, doubled or out of order.
 */
import { execFile, spawn } from 'node:child_process'
import { promisify } from 'node:util'
import { freePort, startThrowawayPostgres } from '../postgres/throwaway'
import { loadProblems, runLoad } from './load'

const run = promisify(execFile)
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 30)
const APPENDS = Number(process.env.LOAD_APPENDS ?? 100)

const postgres = await startThrowawayPostgres()
const PORT = await freePort()
const env = { ...process.env, DATABASE_URL: postgres.url, PORT: String(PORT) }
// Node itself (with tsx's loader), not npx: one process, which SIGTERM stops.
const server = spawn(
  process.execPath,
  [
    ...(process.env.SERVER_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.SERVER_PROFILE] : []),
    '--import',
    'tsx',
    'server/main.ts',
  ],
  {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
)
try {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'server/roomCli.ts', 'create', 'bench'], { env })
  const room = JSON.parse(stdout) as { room: string; writeToken: string }
  const url = `http://127.0.0.1:${PORT}`
  for (let attempt = 0; ; attempt += 1) {
    const up = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    )
    if (up) break
    if (attempt > 200 || server.exitCode !== null) throw new Error('the server did not start')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const report = await runLoad({
    url,
    room: room.room,
    token: room.writeToken,
    clients: CLIENTS,
    appendsPerClient: APPENDS,
    sharedStreams: 3,
  })
  const problems = loadProblems(report)
  console.log(
    [
      `shared store, ${CLIENTS} clients × ${APPENDS} appends (half racing on 3 streams), server in its own process:`,
      `  ${report.successes} appended + ${report.conflicts} conflicts = ${report.attempts} attempts; ${report.stored.length} stored`,
      `  append latency p50 ${report.latencyMs.p50.toFixed(1)} ms, p95 ${report.latencyMs.p95.toFixed(1)} ms (a conflict's too)`,
      `  throughput ${report.appendsPerSecond.toFixed(0)} appends/s over ${report.seconds.toFixed(1)} s`,
      `  every one of ${CLIENTS} subscriptions heard all ${report.stored.length} events in order: ${problems.length === 0 ? 'yes' : 'no'}`,
    ].join('\n'),
  )
  if (problems.length > 0) {
    console.error(problems.slice(0, 20).join('\n'))
    process.exitCode = 1
  }
} finally {
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
  }
  await postgres.stop()
}

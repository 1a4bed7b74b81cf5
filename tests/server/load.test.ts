import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadProblems, runLoad } from '../../scripts/shared-store/load'
import { postgresUrl, startTestServer, type TestServer } from './testServer'

describe.skipIf(!postgresUrl)('shared store under load, on loopback', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server.close())

  it('30 clients × 100 appends, half to 3 shared streams: nothing lost, nothing twice, no gaps, every subscriber hears all', async () => {
    const room = await server.newRoom()
    const report = await runLoad({
      url: server.url,
      room: room.room,
      token: room.writeToken,
      clients: 30,
      appendsPerClient: 100,
      sharedStreams: 3,
    })
    expect(loadProblems(report)).toEqual([])
    expect(report.attempts).toBe(3000)
    // The shared streams are raced for: some appends must have lost, and every private one landed.
    expect(report.conflicts).toBeGreaterThan(0)
    expect(report.successes).toBeGreaterThanOrEqual(1500)
    console.log(
      `load: ${report.successes} appended, ${report.conflicts} conflicts in ${report.seconds.toFixed(1)} s; ` +
        `p50 ${report.latencyMs.p50.toFixed(1)} ms, p95 ${report.latencyMs.p95.toFixed(1)} ms, ${report.appendsPerSecond.toFixed(0)} appends/s`,
    )
  }, 120_000)
})

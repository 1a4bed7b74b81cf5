import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { postgresUrl, startTestServer } from './testServer'

describe.skipIf(!postgresUrl)('the server serves a built site beside its API', () => {
  it('answers / with the site and /api with the store, so a class needs one address', async () => {
    const site = await mkdtemp(join(tmpdir(), 'site-'))
    await writeFile(join(site, 'index.html'), '<!doctype html><title>Event Sourcing Playground</title>')
    const server = await startTestServer({ siteDir: site })
    try {
      const page = await fetch(`${server.url}/`)
      expect(page.status).toBe(200)
      expect(page.headers.get('content-type')).toContain('text/html')
      expect(await page.text()).toContain('Event Sourcing Playground')
      expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({ ok: true })
      expect((await fetch(`${server.url}/api/rooms/nowhere`)).status).toBe(404)
    } finally {
      await server.close()
      await rm(site, { recursive: true, force: true })
    }
  })
})

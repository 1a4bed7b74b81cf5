import { describe, expect, it } from 'vitest'
import { compressLog, decompressLog, SharedLinkError } from '../../../src/kernel/logfile/shareLink'

describe('a log in a link', () => {
  it('compresses a log file into URL-safe text and back, byte for byte', async () => {
    const text = JSON.stringify({ events: Array.from({ length: 500 }, (_, i) => ({ i, note: 'caffè ✓ order-001' })) })
    const { encoded, bytes } = await compressLog(text)
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(bytes).toBeLessThan(text.length / 5)
    expect(await decompressLog(encoded)).toBe(text)
  })
  it('refuses a link cut short or changed, saying so', async () => {
    const { encoded } = await compressLog('{"events":[]}'.repeat(50))
    await expect(decompressLog(encoded.slice(0, encoded.length / 2))).rejects.toThrow(SharedLinkError)
    await expect(decompressLog('not base64!')).rejects.toThrow('characters a shared log never has')
    await expect(decompressLog('')).rejects.toThrow('carries no log')
  })
})

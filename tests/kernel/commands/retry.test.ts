import { describe, expect, it, vi } from 'vitest'
import { MAX_ATTEMPTS, retryOnConflict } from '../../../src/kernel/commands/retry'
import { ConcurrencyError } from '../../../src/kernel/eventstore'

describe('retryOnConflict', () => {
  it('stops after 3 attempts and throws the last conflict', async () => {
    const attempt = vi.fn(async (n: number) => {
      throw new ConcurrencyError('Order-a', n, n + 1)
    })
    const error = await retryOnConflict(attempt).catch((e: unknown) => e)
    expect(MAX_ATTEMPTS).toBe(3)
    expect(attempt).toHaveBeenCalledTimes(3)
    expect(error).toBeInstanceOf(ConcurrencyError)
    expect(error).toMatchObject({ expectedVersion: 3, actualVersion: 4 })
  })

  it('returns as soon as an attempt succeeds, saying how many it took', async () => {
    const attempt = vi.fn(async (n: number) => {
      if (n < 2) throw new ConcurrencyError('Order-a', 1, 2)
      return 'appended'
    })
    await expect(retryOnConflict(attempt)).resolves.toEqual({ result: 'appended', attempts: 2 })
    expect(attempt).toHaveBeenCalledTimes(2)
  })

  it('does not retry any other error', async () => {
    const attempt = vi.fn(async () => {
      throw new Error('quota exceeded')
    })
    await expect(retryOnConflict(attempt)).rejects.toThrow('quota exceeded')
    expect(attempt).toHaveBeenCalledTimes(1)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { OverlayView } from '../../src/replay/overlayView'

describe('OverlayView', () => {
  it('reads like the copied map it stands for, in the same order (property, fixed seed)', () => {
    const entries = fc.array(fc.tuple(fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f'), fc.integer()), {
      maxLength: 8,
    })
    fc.assert(
      fc.property(entries, entries, (baseEntries, changedEntries) => {
        const base = new Map(baseEntries)
        const changed = new Map(changedEntries)
        const copied = new Map(base)
        for (const [key, value] of changed) copied.set(key, value)
        const view = new OverlayView(base, changed)
        expect([...view]).toEqual([...copied])
        expect([...view.keys()]).toEqual([...copied.keys()])
        expect([...view.values()]).toEqual([...copied.values()])
        expect(view.size).toBe(copied.size)
        for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'z']) {
          expect(view.get(key)).toBe(copied.get(key))
          expect(view.has(key)).toBe(copied.has(key))
        }
        const seen: [string, number][] = []
        view.forEach((value, key) => seen.push([key, value]))
        expect(seen).toEqual([...copied])
      }),
      { seed: 20261122, numRuns: 300 },
    )
  })
})

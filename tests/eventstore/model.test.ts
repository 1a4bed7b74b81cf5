import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ConcurrencyError,
  createDexieEventStore,
  createInMemoryEventStore,
  type EventStore,
  type ExpectedVersion,
} from '../../src/eventstore'

/** One step a writer might take: append `count` events to a stream, expecting some version. */
interface AppendStep {
  readonly stream: 'Order-a' | 'Order-b' | 'Order-c'
  readonly count: number
  readonly expected: ExpectedVersion
}

const stepArbitrary: fc.Arbitrary<AppendStep> = fc.record({
  stream: fc.constantFrom('Order-a', 'Order-b', 'Order-c'),
  count: fc.integer({ min: 1, max: 3 }),
  expected: fc.oneof(
    fc.constantFrom<ExpectedVersion>('any', 'no_stream', 'stream_exists'),
    fc.integer({ min: 0, max: 6 }),
  ),
})

/** The obvious, slow truth: a list of streams and a counter. */
function modelAccepts(expected: ExpectedVersion, actual: number): boolean {
  if (expected === 'any') return true
  if (expected === 'no_stream') return actual === 0
  if (expected === 'stream_exists') return actual > 0
  return expected === actual
}

async function checkAgainstModel(store: EventStore, steps: readonly AppendStep[]): Promise<void> {
  const versions = new Map<string, number>()
  let position = 0
  for (const [index, step] of steps.entries()) {
    const actual = versions.get(step.stream) ?? 0
    const events = Array.from({ length: step.count }, (_, n) => ({ type: 'Step', data: { index, n } }))
    const outcome = await store.append(step.stream, events, { expectedVersion: step.expected }).catch((e: unknown) => e)
    if (modelAccepts(step.expected, actual)) {
      position += step.count
      versions.set(step.stream, actual + step.count)
      expect(outcome).toEqual({ nextExpectedVersion: actual + step.count, lastPosition: position })
    } else {
      expect(outcome).toBeInstanceOf(ConcurrencyError)
      expect(outcome).toMatchObject({ actualVersion: actual })
    }
  }
  const all = await store.readAll()
  expect(all.map((e) => e.position)).toEqual(Array.from({ length: position }, (_, n) => n + 1))
  for (const [stream, version] of versions) {
    expect((await store.readStream(stream)).map((e) => e.version)).toEqual(
      Array.from({ length: version }, (_, n) => n + 1),
    )
  }
}

let databaseCount = 0
const adapters: [string, () => EventStore][] = [
  ['in memory', () => createInMemoryEventStore()],
  ['Dexie', () => createDexieEventStore({ databaseName: `model-${process.pid}-${++databaseCount}` })],
]

describe.each(adapters)('the %s store agrees with a simple model', (_, createStore) => {
  it('on random sequences of appends with right and wrong expected versions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 25 }), async (steps) => {
        const store = createStore()
        try {
          await checkAgainstModel(store, steps)
        } finally {
          await store.close()
        }
      }),
      { seed: 20261122, numRuns: 60 },
    )
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  createDexieEventStore,
  createInMemoryEventStore,
  type EventStore,
  type ExpectedVersion,
} from '../../../src/kernel/eventstore'

/**
 * One step a writer might take: append `count` new events to a stream, expecting some version;
 * or, with `retryOf`, send again the batch of an earlier step (same ids, same types).
 */
interface AppendStep {
  readonly stream: 'Order-a' | 'Order-b' | 'Order-c'
  readonly count: number
  readonly expected: ExpectedVersion
  readonly retryOf: number | null
}

const stepArbitrary: fc.Arbitrary<AppendStep> = fc.record({
  stream: fc.constantFrom('Order-a', 'Order-b', 'Order-c'),
  count: fc.integer({ min: 1, max: 3 }),
  expected: fc.oneof(
    fc.constantFrom<ExpectedVersion>('any', 'no_stream', 'stream_exists'),
    fc.integer({ min: 0, max: 6 }),
  ),
  retryOf: fc.option(fc.nat({ max: 24 }), { freq: 3 }),
})

/** The obvious, slow truth: a list of streams and a counter. */
function modelAccepts(expected: ExpectedVersion, actual: number): boolean {
  if (expected === 'any') return true
  if (expected === 'no_stream') return actual === 0
  if (expected === 'stream_exists') return actual > 0
  return expected === actual
}

type Outcome = { readonly ok: { nextExpectedVersion: number; lastPosition: number } } | { readonly error: string }

/** KurrentDB's rule for a batch whose ids are stored, with ids unique across the store. */
function modelRetry(
  expected: ExpectedVersion,
  stream: readonly string[],
  ids: readonly string[],
  positionOf: ReadonlyMap<string, number>,
): Outcome {
  const start = stream.indexOf(ids[0] ?? '')
  const exactRun = start >= 0 && ids.every((id, index) => stream[start + index] === id)
  const named = expected === 'no_stream' ? 0 : typeof expected === 'number' ? expected : null
  const ok = { ok: { nextExpectedVersion: stream.length, lastPosition: positionOf.get(ids.at(-1) ?? '') ?? 0 } }
  if (!modelAccepts(expected, stream.length)) {
    return named !== null && named < stream.length && exactRun && start === named ? ok : { error: 'ConcurrencyError' }
  }
  return named === null && exactRun ? ok : { error: 'DuplicateEventIdError' }
}

async function checkAgainstModel(store: EventStore, steps: readonly AppendStep[]): Promise<void> {
  const streams = new Map<string, string[]>()
  const positionOf = new Map<string, number>()
  const batches: { ids: string[]; stream: string }[] = []
  let position = 0
  for (const [index, step] of steps.entries()) {
    const stream = streams.get(step.stream) ?? []
    const earlier = step.retryOf === null ? undefined : batches[step.retryOf % Math.max(batches.length, 1)]
    const ids = earlier ? earlier.ids : Array.from({ length: step.count }, (_, n) => `step-${index}-${n}`)
    const events = ids.map((eventId) => ({ eventId, type: 'Step', data: { eventId } }))
    const outcome = await store.append(step.stream, events, { expectedVersion: step.expected }).then(
      (ok) => ({ ok }),
      (error: Error) => ({ error: error.name }),
    )
    if (earlier) {
      expect(outcome, `step ${index}: retry of ${ids.join(',')}`).toEqual(
        modelRetry(step.expected, stream, ids, positionOf),
      )
    } else if (modelAccepts(step.expected, stream.length)) {
      for (const id of ids) positionOf.set(id, (position += 1))
      streams.set(step.stream, [...stream, ...ids])
      batches.push({ ids, stream: step.stream })
      expect(outcome).toEqual({ ok: { nextExpectedVersion: stream.length + ids.length, lastPosition: position } })
    } else {
      expect(outcome).toEqual({ error: 'ConcurrencyError' })
    }
  }
  const all = await store.readAll()
  expect(all.map((e) => e.position)).toEqual(Array.from({ length: position }, (_, n) => n + 1))
  for (const [stream, ids] of streams) {
    expect((await store.readStream(stream)).map((e) => e.eventId)).toEqual(ids)
  }
}

let databaseCount = 0
const adapters: [string, () => EventStore][] = [
  ['in memory', () => createInMemoryEventStore()],
  ['Dexie', () => createDexieEventStore({ databaseName: `model-${process.pid}-${++databaseCount}` })],
]

describe.each(adapters)('the %s store agrees with a simple model', (_, createStore) => {
  it('on random sequences of appends and retries with right and wrong expected versions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 25 }), async (steps) => {
        const store = createStore()
        try {
          await checkAgainstModel(store, steps)
        } finally {
          await store.close()
        }
      }),
      { seed: 20261122, numRuns: 80 },
    )
  })
})

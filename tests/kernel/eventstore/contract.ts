import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  ConcurrencyError,
  DuplicateEventIdError,
  InvalidAppendError,
  StoreClosedError,
  type EventStore,
  type EventStoreOptions,
  type ExpectedVersion,
  type NewEvent,
  type RecordedEvent,
} from '../../../src/kernel/eventstore'

import { waitFor } from '../../kit/waiting'

export type StoreFactory = (options?: EventStoreOptions) => EventStore

const FIXED_TIME = new Date('2026-11-22T10:00:00.000Z')
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

export function event(type = 'Bumped', data: NewEvent['data'] = { by: 1 }, eventId?: string): NewEvent {
  return eventId === undefined ? { type, data } : { eventId, type, data }
}

/**
 * The rules every EventStore adapter keeps. An adapter is done when this suite passes unchanged.
 * `createStore` must give a fresh, empty store on every call.
 */
export function describeEventStoreContract(adapterName: string, createStore: StoreFactory): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    const opened: EventStore[] = []
    const open = (options?: EventStoreOptions): EventStore => {
      const store = createStore({ clock: () => FIXED_TIME, sessionId: 'session-test', ...options })
      opened.push(store)
      return store
    }
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()))
    })

    describe('append and read', () => {
      it('gives each event the next stream version and global position', async () => {
        const store = open()
        const first = await store.append('Counter-a', [event('CounterOpened'), event()])
        const second = await store.append('Counter-b', [event('CounterOpened')])
        const third = await store.append('Counter-a', [event()])
        expect(first).toEqual({ nextExpectedVersion: 2, lastPosition: 2 })
        expect(second).toEqual({ nextExpectedVersion: 1, lastPosition: 3 })
        expect(third).toEqual({ nextExpectedVersion: 3, lastPosition: 4 })
        const all = await store.readAll()
        expect(all.map((e) => [e.streamId, e.version, e.position])).toEqual([
          ['Counter-a', 1, 1],
          ['Counter-a', 2, 2],
          ['Counter-b', 1, 3],
          ['Counter-a', 3, 4],
        ])
      })

      it('records the envelope: generated UUID, type, data, clock time and default metadata', async () => {
        const store = open()
        await store.append('Counter-a', [event('CounterOpened', { label: 'a' }), event('Bumped', { n: 1 })])
        const [created, added] = await store.readStream('Counter-a')
        expect(created?.eventId).toMatch(UUID)
        expect(added?.eventId).toMatch(UUID)
        expect(created?.eventId).not.toBe(added?.eventId)
        expect(created).toMatchObject({
          type: 'CounterOpened',
          data: { label: 'a' },
          recordedAt: '2026-11-22T10:00:00.000Z',
        })
        expect(created?.metadata).toEqual({
          correlationId: created?.eventId,
          causationId: null,
          sessionId: 'session-test',
          schemaVersion: 1,
        })
        expect(added?.metadata.correlationId).toBe(created?.eventId)
        expect(JSON.parse(JSON.stringify(created))).toEqual(created)
      })

      it('keeps a given event id and metadata', async () => {
        const store = open()
        const metadata = { correlationId: 'corr-1', causationId: 'cause-1', sessionId: 'tab-b', schemaVersion: 2 }
        await store.append('Counter-a', [{ eventId: 'evt-1', type: 'CounterOpened', data: {}, metadata }])
        const [recorded] = await store.readAll()
        expect(recorded?.eventId).toBe('evt-1')
        expect(recorded?.metadata).toEqual(metadata)
      })

      it('keeps the command an event was decided from, and refuses one that is not JSON with a type', async () => {
        const store = open()
        const command = { type: 'OpenCounter', counterId: 'a', start: 3, tags: ['x'] }
        const metadata = { correlationId: 'corr-1', causationId: null, sessionId: 'tab-b', schemaVersion: 1, command }
        await store.append('Counter-a', [{ type: 'CounterOpened', data: {}, metadata }])
        expect((await store.readAll())[0]?.metadata.command).toEqual(command)
        for (const [bad, path] of [
          [{ counterId: 'a' }, 'events[0].metadata.command.type'],
          [{ type: 'OpenCounter', at: new Date(0) }, 'events[0].metadata.command.at'],
          ['OpenCounter', 'events[0].metadata.command'],
        ] as const) {
          const error = await store
            .append('Counter-b', [{ type: 'CounterOpened', data: {}, metadata: { command: bad as never } }])
            .catch((caught: unknown) => caught)
          expect(error, JSON.stringify(bad)).toBeInstanceOf(InvalidAppendError)
          expect(String((error as Error).message)).toContain(path)
        }
        expect(await store.readAll()).toHaveLength(1)
      })

      it('reads a stream by inclusive version range', async () => {
        const store = open()
        await store.append(
          'Counter-a',
          [1, 2, 3, 4, 5].map((n) => event('Bumped', { n })),
        )
        await store.append('Counter-b', [event()])
        const versions = async (options?: { fromVersion?: number; toVersion?: number }) =>
          (await store.readStream('Counter-a', options)).map((e) => e.version)
        expect(await versions()).toEqual([1, 2, 3, 4, 5])
        expect(await versions({ fromVersion: 2, toVersion: 4 })).toEqual([2, 3, 4])
        expect(await versions({ fromVersion: 4 })).toEqual([4, 5])
        expect(await versions({ toVersion: 1 })).toEqual([1])
        expect(await versions({ fromVersion: 6 })).toEqual([])
        expect(await store.readStream('Counter-unknown')).toEqual([])
      })

      it('reads all events from a position with a limit', async () => {
        const store = open()
        for (const id of ['a', 'b', 'c', 'd']) await store.append(`Counter-${id}`, [event()])
        const positions = async (options?: { fromPosition?: number; limit?: number }) =>
          (await store.readAll(options)).map((e) => e.position)
        expect(await positions()).toEqual([1, 2, 3, 4])
        expect(await positions({ fromPosition: 3 })).toEqual([3, 4])
        expect(await positions({ fromPosition: 2, limit: 2 })).toEqual([2, 3])
        expect(await positions({ fromPosition: 9 })).toEqual([])
      })

      it('reports a stream version, 0 when the stream has no events', async () => {
        const store = open()
        expect(await store.streamVersion('Counter-a')).toBe(0)
        await store.append('Counter-a', [event(), event()])
        expect(await store.streamVersion('Counter-a')).toBe(2)
        expect(await store.streamVersion('Counter-b')).toBe(0)
      })

      it('does not let a caller change a stored event through what it read', async () => {
        const store = open()
        await store.append('Counter-a', [event('Bumped', { quantity: 3 })])
        const [read] = await store.readAll()
        try {
          ;(read?.data as { quantity: number }).quantity = 99
        } catch {
          // A frozen record throws in strict mode; either way the store must be unchanged.
        }
        const [again] = await store.readAll()
        expect(again?.data).toEqual({ quantity: 3 })
      })

      it('fault 16: keeps a "__proto__" key in the data as a key, not as the data’s prototype', async () => {
        const store = open()
        const text = '{"__proto__":{"owner":"spoofed"},"label":"p","lines":[{"__proto__":1}]}'
        await store.append('Counter-p', [{ type: 'CounterOpened', data: JSON.parse(text) as NewEvent['data'] }])
        for (const [stored] of [await store.readStream('Counter-p'), await store.readAll()]) {
          expect(JSON.stringify(stored?.data)).toBe(text)
          expect(Object.getPrototypeOf(stored?.data)).toBe(Object.prototype)
          expect((stored?.data as { customerId?: string }).customerId).toBeUndefined()
        }
      })

      it('does not keep a reference to the caller’s data', async () => {
        const store = open()
        const data = { quantity: 3 }
        await store.append('Counter-a', [event('Bumped', data)])
        data.quantity = 42
        const [read] = await store.readAll()
        expect(read?.data).toEqual({ quantity: 3 })
      })
    })

    describe('expected version', () => {
      it('treats an omitted expected version as any', async () => {
        const store = open()
        await store.append('Counter-a', [event()])
        await expect(store.append('Counter-a', [event()])).resolves.toEqual({ nextExpectedVersion: 2, lastPosition: 2 })
        await expect(store.append('Counter-a', [event()], { expectedVersion: 'any' })).resolves.toMatchObject({
          nextExpectedVersion: 3,
        })
      })

      it('appends when the stream is exactly at the expected number', async () => {
        const store = open()
        await store.append('Counter-a', [event()], { expectedVersion: 0 })
        await expect(store.append('Counter-a', [event()], { expectedVersion: 1 })).resolves.toMatchObject({
          nextExpectedVersion: 2,
        })
      })

      it.each([
        ['behind the stream', 1, 2],
        ['ahead of the stream', 5, 2],
        ['0 on an existing stream', 0, 2],
        ['no_stream on an existing stream', 'no_stream', 2],
      ] as const)(
        'fault 2: rejects an expected version %s with ConcurrencyError and writes nothing',
        async (_, expected, actual) => {
          const store = open()
          await store.append('Counter-a', [event(), event()])
          const error = await store
            .append('Counter-a', [event()], { expectedVersion: expected })
            .catch((e: unknown) => e)
          expect(error).toBeInstanceOf(ConcurrencyError)
          expect(error).toMatchObject({ streamId: 'Counter-a', expectedVersion: expected, actualVersion: actual })
          expect((error as Error).message).toContain('Counter-a')
          expect(await store.readAll()).toHaveLength(2)
        },
      )

      it('rejects a number or stream_exists on a stream that does not exist', async () => {
        const store = open()
        for (const expected of [1, 'stream_exists'] as const) {
          await expect(store.append('Counter-a', [event()], { expectedVersion: expected })).rejects.toMatchObject({
            name: 'ConcurrencyError',
            actualVersion: 0,
            expectedVersion: expected,
          })
        }
        expect(await store.readAll()).toEqual([])
      })

      it('fault 2: lets exactly one of two creates racing with no_stream win', async () => {
        const store = open()
        const outcomes = await Promise.allSettled(
          ['tab-a', 'tab-b'].map((tab) =>
            store.append('Counter-new', [event('CounterOpened', { tab }), event('Bumped', { tab })], {
              expectedVersion: 'no_stream',
            }),
          ),
        )
        expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected'])
        const loser = outcomes.find((outcome) => outcome.status === 'rejected')
        expect(loser?.status === 'rejected' && loser.reason).toBeInstanceOf(ConcurrencyError)
        const stream = await store.readStream('Counter-new')
        expect(stream).toHaveLength(2)
        expect(new Set(stream.map((e) => (e.data as { tab: string }).tab)).size).toBe(1)
      })

      it('accepts no_stream for a new stream and stream_exists for an existing one', async () => {
        const store = open()
        await expect(store.append('Counter-a', [event()], { expectedVersion: 'no_stream' })).resolves.toMatchObject({
          nextExpectedVersion: 1,
        })
        await expect(store.append('Counter-a', [event()], { expectedVersion: 'stream_exists' })).resolves.toMatchObject(
          {
            nextExpectedVersion: 2,
          },
        )
      })

      it('lets exactly one of 40 concurrent appends at one expected version win', async () => {
        const store = open()
        await store.append('Counter-a', [event()])
        const outcomes = await Promise.allSettled(
          Array.from({ length: 40 }, (_, n) =>
            store.append('Counter-a', [event('Bumped', { n })], { expectedVersion: 1 }),
          ),
        )
        const winners = outcomes.filter((outcome) => outcome.status === 'fulfilled')
        const losers = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []))
        expect(winners).toHaveLength(1)
        expect(losers).toHaveLength(39)
        for (const loser of losers) expect(loser).toBeInstanceOf(ConcurrencyError)
        expect((await store.readStream('Counter-a')).map((e) => e.version)).toEqual([1, 2])
      })

      it('gives 20 concurrent appends to different streams distinct, contiguous positions', async () => {
        const store = open()
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, n) =>
            store.append(`Counter-${n}`, [event('CounterOpened'), event()], { expectedVersion: 'no_stream' }),
          ),
        )
        expect(results.map((r) => r.lastPosition).sort((a, b) => a - b)).toEqual(
          Array.from({ length: 20 }, (_, n) => 2 * n + 2),
        )
        const all = await store.readAll()
        expect(all.map((e) => e.position)).toEqual(Array.from({ length: 40 }, (_, n) => n + 1))
        // Each stream's two events were committed together, so they sit side by side.
        for (let index = 0; index < all.length; index += 2) expect(all[index]?.streamId).toBe(all[index + 1]?.streamId)
      })

      it('fault 10: leaves no gap in positions after a failed append', async () => {
        const store = open()
        await store.append('Counter-a', [event()])
        await expect(store.append('Counter-a', [event(), event()], { expectedVersion: 7 })).rejects.toBeInstanceOf(
          ConcurrencyError,
        )
        await expect(
          store.append('Counter-a', [event()], { expectedVersion: 'bogus' as never }),
        ).rejects.toBeInstanceOf(InvalidAppendError)
        await store.append('Counter-b', [event()])
        expect((await store.readAll()).map((e) => e.position)).toEqual([1, 2])
      })
    })

    describe('idempotent retries and event ids', () => {
      it('fault 3: succeeds without writing when the same append is retried with the same event ids', async () => {
        const store = open()
        const batch = [event('CounterOpened', {}, 'id-1'), event('Bumped', {}, 'id-2')]
        const first = await store.append('Counter-a', batch, { expectedVersion: 'no_stream' })
        const retry = await store.append('Counter-a', batch, { expectedVersion: 'no_stream' })
        expect(retry).toEqual(first)
        expect(await store.readAll()).toHaveLength(2)
      })

      it('fault 3: rejects a partial overlap with stored event ids and writes none of the batch', async () => {
        const store = open()
        await store.append('Counter-a', [event('CounterOpened', {}, 'id-1')])
        const error = await store
          .append('Counter-a', [event('CounterOpened', {}, 'id-1'), event('Bumped', {}, 'id-2')])
          .catch((e: unknown) => e)
        expect(error).toBeInstanceOf(DuplicateEventIdError)
        expect(error).toMatchObject({ eventId: 'id-1' })
        expect(await store.readAll()).toHaveLength(1)
      })

      it('rejects an event id reused in another stream or in another order', async () => {
        const store = open()
        await store.append('Counter-a', [event('CounterOpened', {}, 'id-1'), event('Bumped', {}, 'id-2')])
        await expect(store.append('Counter-b', [event('CounterOpened', {}, 'id-1')])).rejects.toBeInstanceOf(
          DuplicateEventIdError,
        )
        await expect(
          store.append('Counter-a', [event('Bumped', {}, 'id-2'), event('CounterOpened', {}, 'id-1')]),
        ).rejects.toBeInstanceOf(DuplicateEventIdError)
        expect(await store.readAll()).toHaveLength(2)
      })

      describe('fault 15: a retry by event ids is judged against the expected version, as KurrentDB does', () => {
        /** Counter-a holds id-1, id-2, id-3 at versions 1 to 3, then Counter-b holds id-4. */
        const seeded = async () => {
          const store = open()
          await store.append('Counter-a', [
            event('CounterOpened', {}, 'id-1'),
            event('Bumped', {}, 'id-2'),
            event('Bumped', {}, 'id-3'),
          ])
          await store.append('Counter-b', [event('CounterOpened', {}, 'id-4')])
          return store
        }
        const retried = (...ids: string[]) =>
          ids.map((id) => event(id === 'id-1' || id === 'id-4' ? 'CounterOpened' : 'Bumped', {}, id))

        it.each([
          ['the ids right after the expected version', ['id-2', 'id-3'], 1, 3],
          ['the first event again, expecting no stream', ['id-1'], 'no_stream', 1],
          ['the first two again, expecting version 0', ['id-1', 'id-2'], 0, 2],
          ['the ids anywhere in the stream, expecting any', ['id-2', 'id-3'], 'any', 3],
          ['the ids in an existing stream, expecting it to exist', ['id-2'], 'stream_exists', 2],
        ] as const)(
          'succeeds without writing for %s, and returns the stream’s real version and the batch’s position',
          async (_, ids, expectedVersion, lastPosition) => {
            const store = await seeded()
            const result = await store.append('Counter-a', retried(...ids), { expectedVersion })
            expect(result).toEqual({ nextExpectedVersion: 3, lastPosition })
            expect(await store.readAll()).toHaveLength(4)
          },
        )

        it.each([
          ['an expected version past the stream', ['id-1', 'id-2', 'id-3'], 7],
          ['ids that do not sit right after the expected version', ['id-1'], 1],
          ['a stale expected version whose next events are others', ['id-1', 'id-2'], 2],
          ['a batch of which only some events were stored', ['id-3', 'id-new'], 2],
        ] as const)('is a version conflict for %s, writing nothing', async (_, ids, expectedVersion) => {
          const store = await seeded()
          const error = await store.append('Counter-a', retried(...ids), { expectedVersion }).catch((e: unknown) => e)
          expect(error).toBeInstanceOf(ConcurrencyError)
          expect(error).toMatchObject({ streamId: 'Counter-a', expectedVersion, actualVersion: 3 })
          expect(await store.readAll()).toHaveLength(4)
        })

        it('is a version conflict for stream_exists on a stream that does not exist', async () => {
          const store = await seeded()
          const error = await store
            .append('Counter-c', retried('id-4'), { expectedVersion: 'stream_exists' })
            .catch((e: unknown) => e)
          expect(error).toMatchObject({ name: 'ConcurrencyError', actualVersion: 0 })
        })

        // KurrentDB's own idempotency sequences, translated: its event number k is our version k + 1,
        // its expected -1 is our 'no_stream' (0). Each writes `written` batches, then sends `retry`.
        type Batch = readonly [ids: readonly string[], expected: ExpectedVersion]
        const six: Batch[] = [[['e0', 'e1', 'e2', 'e3', 'e4', 'e5'], 'no_stream']]
        it.each<[string, Batch[], Batch, string]>([
          ['0em1 1e0 2e1 3e2 4e3 5e4, then 0em1: idempotent', six, [['e0'], 'no_stream'], 'ok'],
          ['0em1 1e0 2e1 3e2 4e3 5e4, then 0any: idempotent', six, [['e0'], 'any'], 'ok'],
          ['0em1 1e0 2e1 3e2 4e3 5e4, then 0e6: wrong expected version', six, [['e0'], 7], 'ConcurrencyError'],
          ['0em1 1e0 2e1 3e2 4e3 5e4, then 0e4: wrong expected version', six, [['e0'], 5], 'ConcurrencyError'],
          // KurrentDB writes e0 a second time here; event ids are unique in this store.
          ['0em1 1e0 2e1 3e2 4e3 5e4, then 0e5: a duplicate here', six, [['e0'], 6], 'DuplicateEventIdError'],
          ['0em1, then 0em1: idempotent', [[['e0'], 'no_stream']], [['e0'], 'no_stream'], 'ok'],
          ['0em1 1e0 2e1, then 1any: idempotent', [[['e0', 'e1', 'e2'], 'no_stream']], [['e1'], 'any'], 'ok'],
          ['[0em1 1em1], then [0em1]: idempotent', [[['e0', 'e1'], 'no_stream']], [['e0'], 'no_stream'], 'ok'],
          ['[0em1 1em1], then [1e0]: idempotent', [[['e0', 'e1'], 'no_stream']], [['e1'], 1], 'ok'],
          [
            '[0em1 1em1], then [0em1 1em1 2em1]: some written, a wrong expected version',
            [[['e0', 'e1'], 'no_stream']],
            [['e0', 'e1', 'e2'], 'no_stream'],
            'ConcurrencyError',
          ],
        ])('KurrentDB’s sequence %s', async (_, written, [retryIds, retryExpected], outcome) => {
          const store = open()
          const batch = (ids: readonly string[]) => ids.map((id) => event('Happened', {}, id))
          for (const [ids, expectedVersion] of written) await store.append('Counter-k', batch(ids), { expectedVersion })
          const before = await store.readAll()
          const result = await store.append('Counter-k', batch(retryIds), { expectedVersion: retryExpected }).then(
            () => 'ok',
            (error: Error) => error.name,
          )
          expect(result).toBe(outcome)
          expect(await store.readAll()).toEqual(before)
        })

        it('refuses ids already stored when the expected version is the stream’s own: ids are unique store-wide', async () => {
          const store = await seeded()
          const error = await store
            .append('Counter-a', retried('id-3'), { expectedVersion: 3 })
            .catch((e: unknown) => e)
          expect(error).toBeInstanceOf(DuplicateEventIdError)
          expect(error).toMatchObject({ eventId: 'id-3' })
          expect(await store.readAll()).toHaveLength(4)
        })
      })

      it('fault 4: rejects a batch that holds the same event id twice, before writing anything', async () => {
        const store = open()
        const error = await store
          .append('Counter-a', [
            event('CounterOpened', {}, 'id-1'),
            event('Bumped', {}, 'id-2'),
            event('Bumped', {}, 'id-1'),
          ])
          .catch((e: unknown) => e)
        expect(error).toBeInstanceOf(InvalidAppendError)
        expect((error as Error).message).toContain('events[2].eventId')
        expect(await store.readAll()).toEqual([])
      })
    })

    describe('bad input is rejected before anything is written', () => {
      class Money {
        constructor(readonly cents: number) {}
      }
      const cyclic: Record<string, unknown> = { a: 1 }
      cyclic.self = cyclic
      const cases: [string, unknown, string][] = [
        ['a function', { f: () => 1 }, 'events[0].data.f'],
        ['a cycle', cyclic, 'events[0].data.self'],
        ['NaN', { price: Number.NaN }, 'events[0].data.price'],
        ['Infinity', { price: Number.POSITIVE_INFINITY }, 'events[0].data.price'],
        ['an undefined value', { reason: undefined }, 'events[0].data.reason'],
        ['a Date', { at: new Date(0) }, 'events[0].data.at'],
        ['a Map', { items: new Map() }, 'events[0].data.items'],
        ['a class instance', { total: new Money(5) }, 'events[0].data.total'],
        ['a bigint', { n: BigInt(1) }, 'events[0].data.n'],
        // eslint-disable-next-line no-sparse-arrays -- a sparse array is the bad input under test
        ['a sparse array', { list: [1, , 3] }, 'events[0].data.list[1]'],
        ['undefined data', undefined, 'events[0].data'],
        ['symbol keys', { [Symbol('secret')]: 1 }, 'events[0].data'],
        ['a string longer than 10,000 characters', { note: 'x'.repeat(10_001) }, 'events[0].data.note'],
        [
          'more than 10,000 values',
          { list: Array.from({ length: 10_000 }, () => 1) },
          'events[0].data: holds more than',
        ],
        [
          'more than 100,000 characters of text',
          { notes: Array.from({ length: 11 }, () => 'y'.repeat(10_000)) },
          'events[0].data: holds more than 100000 characters',
        ],
        ['a very long key', { ['k'.repeat(10_001)]: 1 }, 'events[0].data key'],
        ['nesting deeper than the limit', JSON.parse('['.repeat(40) + ']'.repeat(40)), 'events[0].data'],
      ]
      const numbersTooBig: [string, unknown, string][] = [
        ['an integer beyond 2^53', { quantity: 2 ** 53 }, 'events[0].data.quantity: 9007199254740992 is beyond'],
        ['a negative integer beyond -2^53', { list: [-(2 ** 60)] }, 'events[0].data.list[0]'],
      ]
      const rejectsData = async (_: string, data: unknown, path: string) => {
        const store = open()
        const error = await store
          .append('Counter-a', [{ type: 'Bumped', data: data as never }])
          .catch((e: unknown) => e)
        expect(error).toBeInstanceOf(InvalidAppendError)
        expect((error as Error).message).toContain(path)
        expect(await store.readAll()).toEqual([])
      }
      it.each(cases)('fault 5: rejects data with %s, naming the field', rejectsData)
      it.each(numbersTooBig)('fault 20: rejects data with %s, which a number cannot hold exactly', rejectsData)

      it.each([
        ['an empty stream id', '', [event()], undefined, 'streamId'],
        ['a stream id without a category', 'counter-001', [event()], undefined, 'streamId'],
        ['a stream id with spaces', 'Counter-my counter', [event()], undefined, 'streamId'],
        ['an empty batch', 'Counter-a', [], undefined, 'events'],
        ['an event with no type', 'Counter-a', [{ type: '', data: {} }], undefined, 'events[0].type'],
        ['an empty event id', 'Counter-a', [{ eventId: '', type: 'X', data: {} }], undefined, 'events[0].eventId'],
        ['a negative expected version', 'Counter-a', [event()], -1, 'expectedVersion'],
        ['a fractional expected version', 'Counter-a', [event()], 1.5, 'expectedVersion'],
        ['an unknown expected version', 'Counter-a', [event()], 'latest', 'expectedVersion'],
        [
          'a bad schema version',
          'Counter-a',
          [{ type: 'X', data: {}, metadata: { schemaVersion: -1 } }],
          undefined,
          'schemaVersion',
        ],
      ] as const)('fault 5: rejects %s with InvalidAppendError', rejectsAppend)
      it.each([
        ['a stream id with U+202E', 'Counter-1\u202Efdp.exe', [event()], undefined, 'streamId'],
        ['a stream id with a NUL', 'Counter-a\u0000b', [event()], undefined, 'streamId'],
        ['a stream id with a lone surrogate', 'Counter-\uDC00', [event()], undefined, 'streamId'],
        ['a type with U+2066', 'Counter-a', [{ type: 'Item\u2066Added', data: {} }], undefined, 'events[0].type'],
        [
          'an event id with a lone surrogate',
          'Counter-a',
          [{ eventId: 'id-\uD83D', type: 'X', data: {} }],
          undefined,
          'events[0].eventId',
        ],
        [
          'a session id with a control character',
          'Counter-a',
          [{ type: 'X', data: {}, metadata: { sessionId: 'tab\u0007' } }],
          undefined,
          'events[0].metadata.sessionId',
        ],
      ] as const)('fault 20: rejects %s, which could hide or disguise it', rejectsAppend)

      async function rejectsAppend(
        _: string,
        streamId: string,
        events: readonly unknown[],
        expectedVersion: unknown,
        field: string,
      ): Promise<void> {
        const store = open()
        const error = await store
          .append(
            streamId,
            events as readonly NewEvent[],
            expectedVersion === undefined ? undefined : { expectedVersion: expectedVersion as never },
          )
          .catch((e: unknown) => e)
        expect(error).toBeInstanceOf(InvalidAppendError)
        expect((error as InvalidAppendError).field).toContain(field)
        expect(await store.readAll()).toEqual([])
      }

      it('rejects bad read ranges', async () => {
        const store = open()
        await expect(store.readStream('Counter-a', { fromVersion: -1 })).rejects.toBeInstanceOf(InvalidAppendError)
        await expect(store.readAll({ limit: 0 })).rejects.toBeInstanceOf(InvalidAppendError)
        await expect(store.readAll({ fromPosition: 1.5 })).rejects.toBeInstanceOf(InvalidAppendError)
        await expect(store.streamVersion('')).rejects.toBeInstanceOf(InvalidAppendError)
      })
    })

    describe('subscribe and close', () => {
      it('tells subscribers about every append, in order, until they unsubscribe', async () => {
        const store = open()
        const heard: RecordedEvent[] = []
        const unsubscribe = store.subscribe((events) => heard.push(...events))
        await store.append('Counter-a', [event(), event()])
        await store.append('Counter-b', [event()])
        await waitFor(
          () => heard.length,
          (n) => n >= 3,
        )
        expect(heard.map((e) => e.position)).toEqual([1, 2, 3])
        expect(heard[2]).toEqual((await store.readAll())[2])
        unsubscribe()
        await store.append('Counter-c', [event()])
        await new Promise((resolve) => setTimeout(resolve, 30))
        expect(heard).toHaveLength(3)
      })

      it('does not announce failed appends, and keeps delivering when one subscriber throws', async () => {
        const onListenerError = vi.fn()
        const store = open({ onListenerError })
        const heard: number[] = []
        store.subscribe(() => {
          throw new Error('subscriber bug')
        })
        store.subscribe((events) => heard.push(...events.map((e) => e.position)))
        await store.append('Counter-a', [event()])
        await store.append('Counter-a', [event()], { expectedVersion: 0 }).catch(() => undefined)
        await store.append('Counter-a', [event()])
        await waitFor(
          () => heard.length,
          (n) => n >= 2,
        )
        expect(heard).toEqual([1, 2])
        expect(onListenerError).toHaveBeenCalledTimes(2)
      })

      it('clears every stream, restarts positions at 1 and tells clear listeners', async () => {
        const store = open()
        const heard: number[] = []
        let clears = 0
        store.subscribe((events) => heard.push(...events.map((e) => e.position)))
        store.onCleared(() => {
          clears += 1
        })
        await store.append('Counter-a', [event(), event()])
        await waitFor(
          () => heard.length,
          (n) => n >= 2,
        )
        await store.clear()
        expect(await store.readAll()).toEqual([])
        expect(await store.streamVersion('Counter-a')).toBe(0)
        await expect(store.append('Counter-a', [event()], { expectedVersion: 'no_stream' })).resolves.toEqual({
          nextExpectedVersion: 1,
          lastPosition: 1,
        })
        await waitFor(
          () => heard.length,
          (n) => n >= 3,
        )
        expect(heard).toEqual([1, 2, 1])
        expect(clears).toBe(1)
      })

      it('a subscriber that applies clears ends with the log the store holds, however clears and appends interleave', async () => {
        const store = open()
        let heard: RecordedEvent[] = []
        store.subscribe((events) => (heard = [...heard, ...events]))
        store.onCleared(() => (heard = []))
        await store.append('Counter-a', [event('CounterOpened'), event(), event()])
        // Not awaited one by one: the clear and the appends race as two tabs' would.
        await Promise.all([
          store.append('Counter-a', [event()]),
          store.clear(),
          store.append('Counter-b', [event('CounterOpened')]),
          store.append('Counter-c', [event('CounterOpened')]),
        ])
        const stored = await store.readAll()
        const settled = await waitFor(
          () => heard,
          (events) => events.length === stored.length,
        )
        expect(settled.map((e) => [e.position, e.eventId])).toEqual(stored.map((e) => [e.position, e.eventId]))
      })

      it('rejects every call after close with StoreClosedError', async () => {
        const store = open()
        await store.close()
        await expect(store.append('Counter-a', [event()])).rejects.toBeInstanceOf(StoreClosedError)
        await expect(store.readAll()).rejects.toBeInstanceOf(StoreClosedError)
        await expect(store.readStream('Counter-a')).rejects.toBeInstanceOf(StoreClosedError)
        await expect(store.streamVersion('Counter-a')).rejects.toBeInstanceOf(StoreClosedError)
        expect(() => store.subscribe(() => undefined)).toThrow(StoreClosedError)
        await expect(store.clear()).rejects.toBeInstanceOf(StoreClosedError)
        await expect(store.close()).resolves.toBeUndefined()
      })
    })
  })
}

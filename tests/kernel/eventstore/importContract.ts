import { afterEach, describe, expect, it } from 'vitest'
import {
  DuplicateEventIdError,
  ImportConflictError,
  InvalidAppendError,
  type EventStore,
  type EventStoreOptions,
  type ImportEvent,
} from '../../../src/kernel/eventstore'
import { IMPORT_CHUNK } from '../../../src/kernel/eventstore/importPlan'
import { withoutPositions } from '../../kit/walkthroughLog'
import { event, type StoreFactory } from './contract'
import { waitFor } from '../../kit/waiting'
import { interleavedLog } from '../../kit/interleavedOrderLog'

/**
 * A log to import: `streams` streams of `perStream` events, interleaved as a real log would be.
 * The store knows no domain, and neither does this contract: the events are a neutral Counter's.
 */
export const importLog = (streams: number, perStream: number, prefix = 'imp'): ImportEvent[] =>
  interleavedLog(streams, perStream, prefix, 'export-tab', {
    category: 'Counter',
    first: (label) => ({ type: 'CounterOpened', data: { label } }),
    next: { type: 'Bumped', data: { by: 1 } },
  })

/** Importing a whole log: the same rules for every adapter. */
export function describeImportContract(adapterName: string, createStore: StoreFactory): void {
  describe(`EventStore import: ${adapterName}`, () => {
    const opened: EventStore[] = []
    const open = (options?: EventStoreOptions): EventStore => {
      const store = createStore({ sessionId: 'session-test', ...options })
      opened.push(store)
      return store
    }
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()))
    })

    it('keeps each event’s schema version as written: old shapes stay stored, to be upcast on read', async () => {
      const store = open()
      const log = importLog(1, 2).map((imported, index) =>
        index === 1
          ? {
              ...imported,
              data: { note: 'plain', count: 1, ratio: 1.5 },
              metadata: { ...imported.metadata, schemaVersion: 0 },
            }
          : imported,
      )
      await store.importEvents(log)
      const stored = await store.readAll()
      expect(stored.map((e) => e.metadata.schemaVersion)).toEqual([1, 0])
      expect(stored[1]?.data).toEqual({ note: 'plain', count: 1, ratio: 1.5 })
      const negative = importLog(1, 1, 'neg').map((imported) => ({
        ...imported,
        metadata: { ...imported.metadata, schemaVersion: -1 },
      }))
      await expect(store.importEvents(negative)).rejects.toThrow(
        'events[0].metadata.schemaVersion: must be a whole number, 0 or more',
      )
      expect(await store.readAll()).toHaveLength(2)
    })

    it('keeps the command each event was decided from, and refuses one that is not JSON with a type', async () => {
      const store = open()
      const command = { type: 'OpenCounter', counterId: 'imp-1', label: 'x' }
      const log = importLog(1, 2).map((imported) => ({ ...imported, metadata: { ...imported.metadata, command } }))
      await store.importEvents(log)
      expect((await store.readAll()).map((stored) => stored.metadata.command)).toEqual([command, command])
      const bad = importLog(1, 1, 'bad').map((imported) => ({
        ...imported,
        metadata: { ...imported.metadata, command: { counterId: 'bad-1' } as never },
      }))
      await expect(store.importEvents(bad)).rejects.toThrow('events[0].metadata.command.type')
      expect(await store.readAll()).toHaveLength(2)
    })

    it('writes the whole log after the existing events, keeping ids, versions, metadata and times', async () => {
      const store = open()
      await store.append('Counter-existing', [event('CounterOpened')])
      const heard: number[] = []
      store.subscribe((events) => heard.push(...events.map((e) => e.position)))
      const log = importLog(3, 2)
      const progress: number[] = []
      const result = await store.importEvents(log, { onProgress: (written) => progress.push(written) })
      expect(result).toEqual({ imported: 6, lastPosition: 7 })
      const all = await store.readAll()
      expect(all.map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6, 7])
      expect(withoutPositions(all.slice(1))).toEqual(log)
      expect(await store.streamVersion('Counter-imp-2')).toBe(2)
      expect(progress.at(-1)).toBe(6)
      await waitFor(
        () => heard.length,
        (n) => n >= 6 && heard.at(-1) === 7,
      )
      expect(heard.filter((position) => position > 1)).toEqual([2, 3, 4, 5, 6, 7])
    })

    it('checks and writes a log longer than one chunk in slices, giving the page turns between them', async () => {
      const store = open()
      const log = importLog(12, IMPORT_CHUNK / 4) // 3 chunks
      let turns = 0
      const counting = setInterval(() => (turns += 1), 0)
      const result = await store.importEvents(log).finally(() => clearInterval(counting))
      expect(result).toEqual({ imported: log.length, lastPosition: log.length })
      expect(turns).toBeGreaterThan(0)
      const all = await store.readAll()
      expect(all.map((e) => e.position)).toEqual(log.map((_, index) => index + 1))
      expect(withoutPositions(all)).toEqual(log)
    })

    it('refuses a bad event past the first chunk by its index, and writes nothing', async () => {
      const store = open()
      const log = importLog(4, IMPORT_CHUNK / 2)
      const late = IMPORT_CHUNK + 7
      log[late] = { ...log[late]!, eventId: log[3]!.eventId }
      await expect(store.importEvents(log)).rejects.toThrow(`events[${late}].eventId: ${log[3]!.eventId} appears twice`)
      expect(await store.readAll()).toHaveLength(0)
    })

    it('refuses a bad event chunks into the import, with earlier chunks on their way, and writes nothing', async () => {
      const store = open()
      const log = importLog(2, 4 * IMPORT_CHUNK)
      const late = 5 * IMPORT_CHUNK + 1
      log[late] = { ...log[late]!, data: { price: Number.NaN } }
      const progress: number[] = []
      const error = await store
        .importEvents(log, { onProgress: (written) => progress.push(written) })
        .catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(InvalidAppendError)
      expect((error as Error).message).toContain(`events[${late}].data.price`)
      expect(progress.every((written) => written <= late)).toBe(true)
      expect(await store.readAll()).toEqual([])
    })

    it('refuses a stream the store already has that first appears chunks into the import', async () => {
      const store = open()
      await store.importEvents(importLog(1, 1, 'late'))
      const log = [...importLog(2, 2 * IMPORT_CHUNK, 'early'), ...importLog(1, 2, 'late')]
      const error = await store.importEvents(log).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ImportConflictError)
      expect((error as ImportConflictError).streams).toEqual(['Counter-late-0'])
      expect(await store.readAll()).toHaveLength(1)
      expect(await store.streamVersion('Counter-early-0')).toBe(0)
    })

    it('refuses streams the store already has, naming them, and writes nothing', async () => {
      const store = open()
      const log = importLog(2, 2)
      await store.importEvents(log.slice(0, 1))
      const error = await store.importEvents(importLog(3, 1)).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ImportConflictError)
      expect((error as ImportConflictError).streams).toEqual(['Counter-imp-0'])
      expect((error as Error).message).toContain('already has stream Counter-imp-0')
      expect(await store.readAll()).toHaveLength(1)
    })

    it('replaces every event when asked, in one go, and tells clear listeners', async () => {
      const store = open()
      await store.append('Counter-old', [event('CounterOpened'), event()])
      let clears = 0
      store.onCleared(() => {
        clears += 1
      })
      await store.importEvents(importLog(2, 2), { replace: true })
      const all = await store.readAll()
      expect(all.map((e) => [e.streamId, e.position])).toEqual([
        ['Counter-imp-0', 1],
        ['Counter-imp-1', 2],
        ['Counter-imp-0', 3],
        ['Counter-imp-1', 4],
      ])
      expect(await store.streamVersion('Counter-old')).toBe(0)
      expect(clears).toBe(1)
    })

    it('fault 16: keeps a "__proto__" key in imported data as a key, not as the data’s prototype', async () => {
      const store = open()
      const text = '{"__proto__":{"owner":"spoofed"},"label":"p"}'
      const [first, ...rest] = importLog(1, 2)
      await store.importEvents([{ ...first!, data: JSON.parse(text) as ImportEvent['data'] }, ...rest])
      const [stored] = await store.readAll()
      expect(JSON.stringify(stored?.data)).toBe(text)
      expect(Object.getPrototypeOf(stored?.data)).toBe(Object.prototype)
      expect((stored?.data as { customerId?: string }).customerId).toBeUndefined()
    })

    it('is all or nothing: an event id already in the store rejects the whole import', async () => {
      const store = open()
      await store.append('Counter-a', [event('CounterOpened', {}, 'imp-1-2')])
      await expect(store.importEvents(importLog(3, 2))).rejects.toBeInstanceOf(DuplicateEventIdError)
      expect(await store.readAll()).toHaveLength(1)
      expect(await store.streamVersion('Counter-imp-0')).toBe(0)
    })

    it.each([
      ['a gap in versions', (log: ImportEvent[]) => log.splice(2, 2), 'events[2].version: must be 2'],
      [
        'a bad stream id',
        (log: ImportEvent[]) => log.splice(1, 1, { ...log[1]!, streamId: 'no dash' }),
        'events[1].streamId',
      ],
      [
        'an id used twice',
        (log: ImportEvent[]) => log.splice(1, 1, { ...log[1]!, eventId: log[0]!.eventId }),
        'events[1].eventId: imp-0-1 appears twice',
      ],
      [
        'data that is not JSON',
        (log: ImportEvent[]) => log.splice(3, 1, { ...log[3]!, data: { price: Number.NaN } }),
        'events[3].data.price',
      ],
      [
        'a time that is not a date',
        (log: ImportEvent[]) => log.splice(0, 1, { ...log[0]!, recordedAt: 'yesterday' }),
        'events[0].recordedAt',
      ],
      [
        'fault 18: metadata that is null',
        (log: ImportEvent[]) => log.splice(2, 1, { ...log[2]!, metadata: null as never }),
        'events[2].metadata: must be an object',
      ],
      [
        'fault 18: a session id that is not a string',
        (log: ImportEvent[]) =>
          log.splice(1, 1, { ...log[1]!, metadata: { ...log[1]!.metadata, sessionId: 7 as never } }),
        'events[1].metadata.sessionId',
      ],
      [
        'fault 18: an event that is null',
        (log: ImportEvent[]) => log.splice(4, 1, null as never),
        'events[4]: must be an object',
      ],
      [
        'fault 20: an integer beyond 2^53 in the data',
        (log: ImportEvent[]) =>
          log.splice(1, 1, { ...log[1]!, data: JSON.parse('{"quantity":9007199254740993}') as ImportEvent['data'] }),
        'events[1].data.quantity: 9007199254740992 is beyond',
      ],
      [
        'fault 20: a stream id with a right-to-left override',
        (log: ImportEvent[]) => log.splice(0, 1, { ...log[0]!, streamId: 'Counter-evil\u202Etxt.exe' }),
        'events[0].streamId: holds U+202E, a bidirectional control',
      ],
      [
        'fault 20: an event id with a NUL',
        (log: ImportEvent[]) => log.splice(1, 1, { ...log[1]!, eventId: 'id\u0000hidden' }),
        'events[1].eventId: holds U+0000, a control character',
      ],
      [
        'fault 20: a type with a lone surrogate',
        (log: ImportEvent[]) => log.splice(1, 1, { ...log[1]!, type: 'ItemAdded\uD800' }),
        'events[1].type: holds U+D800, a lone surrogate',
      ],
    ])('refuses %s, naming the event and field, before writing anything', async (_, spoil, message) => {
      const store = open()
      const log = importLog(2, 3)
      spoil(log)
      const error = await store.importEvents(log).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(InvalidAppendError)
      expect((error as Error).message).toContain(message)
      expect(await store.readAll()).toEqual([])
    })
  })
}

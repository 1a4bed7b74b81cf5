import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { storedSchemaVersion } from '../../../src/kernel/domainModule'
import type { RecordedEvent } from '../../../src/kernel/eventstore'
import { PackedEvents } from '../../../src/kernel/timeline/packedEvents'
import { packIsoTime, packUuid, unpackIsoTime, unpackUuid } from '../../../src/kernel/timeline/packedText'
import { plainEvents } from '../../kit/plainEvents'

const pack = (events: readonly RecordedEvent[]) => {
  const packed = new PackedEvents()
  return events.map((event) => packed.pack(event, event.streamId, event.type))
}

/** The event at `index` of a log that adds apples to `streams` orders in turn. */
const itemAdded = (
  index: number,
  streams: number,
  eventId: string,
  recordedAt: string,
  metadata: RecordedEvent['metadata'],
): RecordedEvent => ({
  eventId,
  streamId: `Order-o${index % streams}`,
  version: Math.floor(index / streams) + 1,
  position: index + 1,
  type: 'ItemAdded',
  data: { itemId: 'apple', quantity: index },
  metadata,
  recordedAt,
})

/** Ids of every form: UUIDs (packed), their uppercase (kept), and other text. */
const eventId = fc.oneof(
  fc.uuid(),
  fc.uuid().map((id) => id.toUpperCase()),
  fc.string({ maxLength: 40 }),
)
/** Times as the store writes them, and times in other forms: kept as they are. */
const recordedAt = fc.oneof(
  fc
    .date({ min: new Date(Date.UTC(0, 0, 1) - 62_135_596_800_000), max: new Date('9999-12-31T23:59:59.999Z') })
    .filter((date) => !Number.isNaN(date.getTime()))
    .map((date) => date.toISOString()),
  fc.constantFrom('2026-02-30T10:00:00.000Z', '2026-11-22T10:00:00Z', '0050-01-01T00:00:00.000Z', 'yesterday', ''),
)

/** A log whose metadata point back at earlier events, as commands and processes make them. */
const logArbitrary = fc
  .array(
    fc.record({
      eventId,
      recordedAt,
      correlation: fc.oneof(fc.constant('self'), fc.constant('previous'), fc.string({ maxLength: 8 })),
      causation: fc.oneof(fc.constant(null), fc.constant('previous'), fc.nat(20), fc.string({ maxLength: 8 })),
      sessionId: fc.constantFrom('tab-a', 'tab-b', ''),
      schemaVersion: fc.oneof(fc.constantFrom(1, 2), fc.integer({ min: -2, max: 400 })),
      command: fc.option(fc.record({ type: fc.constantFrom('AddItem'), quantity: fc.nat() }), { nil: undefined }),
      extra: fc.option(fc.string({ maxLength: 4 }), { nil: undefined }),
    }),
    { maxLength: 40 },
  )
  .map((drawn) => {
    const events: RecordedEvent[] = []
    drawn.forEach((draw, index) => {
      const previous = events[index - 1]
      const correlationId =
        draw.correlation === 'self'
          ? draw.eventId
          : draw.correlation === 'previous'
            ? (previous?.metadata.correlationId ?? 'none')
            : draw.correlation
      const causationId =
        draw.causation === 'previous'
          ? (previous?.eventId ?? null)
          : typeof draw.causation === 'number'
            ? (events[index - 1 - draw.causation]?.eventId ?? null)
            : draw.causation
      events.push(
        itemAdded(index, 3, draw.eventId, draw.recordedAt, {
          correlationId,
          causationId,
          sessionId: draw.sessionId,
          schemaVersion: draw.schemaVersion,
          ...(draw.command ? { command: draw.command } : {}),
          ...(draw.extra !== undefined ? { note: draw.extra } : {}),
        }),
      )
    })
    return events
  })

describe('packed events', () => {
  it('give back every field as it was packed, whatever form ids, times and metadata take', () => {
    fc.assert(
      fc.property(logArbitrary, (log) => {
        const packed = pack(log)
        expect(plainEvents(packed)).toEqual(plainEvents(log))
        packed.forEach((event, index) => {
          const original = log[index] as RecordedEvent
          expect(event.eventId).toBe(original.eventId)
          expect(event.recordedAt).toBe(original.recordedAt)
          expect(event.metadata).toEqual(original.metadata)
          expect(storedSchemaVersion(event)).toBe(original.metadata.schemaVersion)
          expect(storedSchemaVersion(original)).toBe(original.metadata.schemaVersion)
        })
      }),
      { seed: 20261130, numRuns: 300 },
    )
  })

  it('give the same metadata object to reads close together, and the right one to reads far apart', () => {
    const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
    const log = Array.from({ length: 300 }, (_, index) =>
      itemAdded(index, 7, uuid(index + 1), '2026-12-02T10:00:00.000Z', {
        correlationId: uuid(index - (index % 3) + 1),
        causationId: index % 5 === 0 ? null : 'a cause',
        sessionId: 'tab-a',
        schemaVersion: 1,
        ...(index % 2 === 0 ? { command: { type: 'AddItem', quantity: index } } : {}),
      }),
    )
    const packed = pack(log)
    const order = [...packed.keys(), ...[...packed.keys()].reverse(), 5, 69, 133, 5, 197, 261, 69]
    for (const index of order) {
      const event = packed[index] as RecordedEvent
      const first = event.metadata
      expect(first).toEqual((log[index] as RecordedEvent).metadata)
      expect(Object.keys(first)).toEqual(Object.keys((log[index] as RecordedEvent).metadata))
      expect(event.metadata).toBe(first)
      expect(Object.isFrozen(first)).toBe(true)
    }
  })

  it('write themselves as the store holds them, in the same key order', () => {
    const [event] = pack([
      {
        eventId: '0b8f3c1e-9a4d-4f6b-8c2e-1d3f5a7b9c0d',
        streamId: 'Order-o1',
        version: 1,
        position: 1,
        type: 'OrderCreated',
        data: { orderId: 'o1', customerId: 'c' },
        metadata: {
          correlationId: '0b8f3c1e-9a4d-4f6b-8c2e-1d3f5a7b9c0d',
          causationId: null,
          sessionId: 's',
          schemaVersion: 1,
        },
        recordedAt: '2026-11-30T12:00:00.123Z',
      },
    ])
    expect(JSON.stringify(event)).toBe(
      '{"eventId":"0b8f3c1e-9a4d-4f6b-8c2e-1d3f5a7b9c0d","streamId":"Order-o1","version":1,"position":1,' +
        '"type":"OrderCreated","data":{"orderId":"o1","customerId":"c"},' +
        '"metadata":{"correlationId":"0b8f3c1e-9a4d-4f6b-8c2e-1d3f5a7b9c0d","causationId":null,"sessionId":"s","schemaVersion":1},' +
        '"recordedAt":"2026-11-30T12:00:00.123Z"}',
    )
  })
})

describe('packed text', () => {
  it('packs lowercase UUIDs only, and unpacks them to the same text', () => {
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        const bytes = new Uint8Array(16)
        expect(packUuid(id, bytes, 0)).toBe(true)
        expect(unpackUuid(bytes, 0)).toBe(id)
      }),
      { seed: 20261130 },
    )
    const bytes = new Uint8Array(16)
    expect(packUuid('0B8F3C1E-9A4D-4F6B-8C2E-1D3F5A7B9C0D', bytes, 0)).toBe(false)
    expect(packUuid('0b8f3c1e-9a4d-4f6b-8c2e-1d3f5a7b9c0', bytes, 0)).toBe(false)
    expect(packUuid('0b8f3c1e09a4d-4f6b-8c2e-1d3f5a7b9c0d', bytes, 0)).toBe(false)
  })

  it('unpacks a time as toISOString writes it, on any day and at any millisecond of it', () => {
    const lowest = Date.UTC(100, 0, 1)
    const highest = Date.UTC(9999, 11, 31, 23, 59, 59, 999)
    fc.assert(
      fc.property(fc.integer({ min: lowest, max: highest }), fc.integer({ min: -1, max: 1 }), (ms, step) => {
        // The same day again, the day before and after: the day's text is kept from one call to the next.
        for (const at of [ms, ms + step, ms + step * 86_400_000, ms])
          expect(unpackIsoTime(at)).toBe(new Date(at).toISOString())
      }),
      { seed: 20261202, numRuns: 2000 },
    )
    for (const ms of [lowest, highest, 0, -1, Date.UTC(2026, 11, 2, 23, 59, 59, 999), Date.UTC(2026, 11, 3)])
      expect(unpackIsoTime(ms)).toBe(new Date(ms).toISOString())
  })

  it('packs times written as toISOString writes them, and nothing else', () => {
    expect(packIsoTime('2026-11-30T12:00:00.123Z')).toBe(Date.UTC(2026, 10, 30, 12, 0, 0, 123))
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(100, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }), (ms) => {
        // The same day twice (its start is kept), then the next day.
        for (const at of [ms, ms + 1, ms + 86_400_000]) {
          const text = new Date(at).toISOString()
          if (text.length === 24) expect(packIsoTime(text)).toBe(at)
        }
      }),
      { seed: 20261202, numRuns: 2000 },
    )
    for (const other of [
      '2026-02-30T10:00:00.000Z',
      '2026-11-30T12:00:00Z',
      '0050-01-01T00:00:00.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-11-30T24:00:00.000Z',
      '2026-11-30T12:60:00.000Z',
      '2026-11-30T12:00:60.000Z',
      '2026-11-30T12:00:00.00xZ',
    ]) {
      // Each after a good time of the same day, whose day is kept.
      expect(packIsoTime(`${other.slice(0, 10)}T00:00:00.000Z`)).not.toBeUndefined()
      expect(packIsoTime(other), other).toBeNull()
    }
  })
})

import { describe, expect, it } from 'vitest'
import { createEventCompactor } from '../../../src/kernel/eventstore/compactEvents'
import type { RecordedEvent } from '../../../src/kernel/eventstore'

/** A fresh copy of every string, as IndexedDB hands them back. */
const copied = (text: string) => [...text].join('')

function readBack(position: number, batchStart: number, data: RecordedEvent['data']): RecordedEvent {
  return {
    eventId: copied(`event-${position}`),
    streamId: copied('Order-a'),
    version: position,
    position,
    type: copied('ItemAdded'),
    data,
    metadata: {
      correlationId: copied(`event-${batchStart}`),
      causationId: position === batchStart ? null : copied(`event-${position - 1}`),
      sessionId: copied('tab-1'),
      schemaVersion: 1,
    },
    recordedAt: copied(`2026-11-22T10:00:0${batchStart}.000Z`),
  }
}

describe('createEventCompactor', () => {
  const read = [
    readBack(1, 1, { itemId: copied('apple'), quantity: 2, tags: [copied('red'), null, { note: copied('x') }] }),
    readBack(2, 1, { itemId: copied('apple'), quantity: 1, tags: [] }),
    readBack(3, 3, { reason: copied('r'.repeat(50)) }),
  ]
  const asRead = structuredClone(read)
  const compact = createEventCompactor()(read)

  // Whether a string is shared cannot be seen from JavaScript (=== compares contents): the bench's
  // memory case measures that. What can go wrong here is a value lost or changed on the way.
  it('gives back the events read, in place, equal to what was read', () => {
    expect(compact).toEqual(asRead)
    expect(compact).toBe(read)
    expect(compact.map((event) => Object.keys(event))).toEqual(asRead.map((event) => Object.keys(event)))
  })
})

import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import {
  readSavepoint,
  STREAMS_PER_RECORD,
  writeSavepoint,
  type SavepointRecord,
} from '../../../src/kernel/readside/savepointRecords'
import type { Savepoint } from '../../../src/kernel/timeline/savepoint'

let opened = 0
function savepointsTable() {
  const db = new Dexie(`savepoints-${process.pid}-${++opened}`)
  db.version(1).stores({ savepoints: 'key' })
  return db.table<SavepointRecord, string>('savepoints')
}

const savepoint = (position: number, streamCount: number): Savepoint => ({
  position,
  eventId: `e-${position}`,
  shapes: { Order: 1 },
  streams: Array.from({ length: streamCount }, (_, index) => ({
    id: `Order-${index}`,
    first: index + 1,
    state: { version: position, lines: [{ itemId: `item-${index}` }] },
  })),
  types: ['OrderCreated', 'ItemAdded'],
})

const noPause = async () => undefined

describe('a savepoint kept as a header and parts', () => {
  it('reads back what was written, over several parts, and the last written only', async () => {
    const table = savepointsTable()
    const big = savepoint(5_000, STREAMS_PER_RECORD * 2 + 1)
    await writeSavepoint(table, big, noPause)
    expect(await table.count()).toBe(4)
    expect(await readSavepoint(table)).toEqual(big)
    const small = savepoint(6_000, 3)
    await writeSavepoint(table, small, noPause)
    expect(await readSavepoint(table)).toEqual(small)
  })

  it('reads nothing while a newer savepoint is half written over an older one', async () => {
    const table = savepointsTable()
    await writeSavepoint(table, savepoint(5_000, STREAMS_PER_RECORD * 2), noPause)
    // The tab closes after the newer savepoint's first part: its header was never written.
    const closing = writeSavepoint(table, savepoint(6_000, STREAMS_PER_RECORD * 2), () =>
      Promise.reject(new Error('the tab closed')),
    )
    await expect(closing).rejects.toThrow('the tab closed')
    expect(await readSavepoint(table)).toBeUndefined()
  })

  it('reads nothing from an empty table', async () => {
    expect(await readSavepoint(savepointsTable())).toBeUndefined()
  })
})

import type { Table } from 'dexie'
import { nextTask } from '../nextTask'
import type { Savepoint } from '../timeline/savepoint'

/** Streams a record holds. IndexedDB copies a record on the main thread as it is put: 500 streams take a few ms. */
export const STREAMS_PER_RECORD = 500

const HEADER_KEY = 'latest'
const partKey = (index: number) => `latest:${index}`

/** The savepoint's own fields, and how many parts hold its streams. */
interface SavepointHeader extends Omit<Savepoint, 'streams'> {
  readonly key: string
  readonly parts: number
}

/** A run of the savepoint's streams, stamped with the savepoint it belongs to. */
interface SavepointPart {
  readonly key: string
  readonly position: number
  readonly eventId: string
  readonly streams: Savepoint['streams']
}

export type SavepointRecord = SavepointHeader | SavepointPart

/**
 * Writes a savepoint as a header and parts of 500 streams, a part a task, the header last. In one
 * record, 10,000 orders' states took 155–173 ms of the main thread to put (IndexedDB's structured
 * copy happens as `put` is called), a long task while the read models caught up. A part written
 * under an older header carries the newer savepoint's stamp, so a reader never mixes two.
 */
export async function writeSavepoint(
  table: Table<SavepointRecord, string>,
  savepoint: Savepoint,
  yieldBetween: () => Promise<void> = nextTask,
): Promise<void> {
  const { streams, ...fields } = savepoint
  const parts = Math.ceil(streams.length / STREAMS_PER_RECORD)
  for (let index = 0; index < parts; index += 1) {
    const slice = streams.slice(index * STREAMS_PER_RECORD, (index + 1) * STREAMS_PER_RECORD)
    await table.put({ key: partKey(index), position: savepoint.position, eventId: savepoint.eventId, streams: slice })
    await yieldBetween()
  }
  await table.put({ ...fields, key: HEADER_KEY, parts })
}

/** The savepoint the header and its parts make, or undefined when there is none or a part is of another savepoint. */
export async function readSavepoint(table: Table<SavepointRecord, string>): Promise<Savepoint | undefined> {
  const header = (await table.get(HEADER_KEY)) as SavepointHeader | undefined
  if (!header) return undefined
  const parts = (await table.bulkGet(Array.from({ length: header.parts }, (_, index) => partKey(index)))) as Array<
    SavepointPart | undefined
  >
  const streams: Array<Savepoint['streams'][number]> = []
  for (const part of parts) {
    if (part?.position !== header.position || part.eventId !== header.eventId) return undefined
    for (const stream of part.streams) streams.push(stream)
  }
  const { position, eventId, shapes, types } = header
  return { position, eventId, shapes, types, streams }
}

import { randomUUID } from 'node:crypto'
import type pg from 'pg'
import {
  ConcurrencyError,
  DuplicateEventIdError,
  type AppendResult,
  type ExpectedVersion,
  type ImportEvent,
  type ImportResult,
  type NewEvent,
  type RecordedEvent,
} from '../../src/kernel/eventstore'
import { planAppend } from '../../src/kernel/eventstore/appendPlan'
import { importedStreams, planImport, refuseOverlap, validateImport } from '../../src/kernel/eventstore/importPlan'
import { validateAppend } from '../../src/kernel/eventstore/validation'
import { inRoom as onRoomConnection } from '../db/pool'
import {
  EVENT_COLUMNS,
  INSERT_EVENTS,
  insertColumns,
  splitStreamId,
  storedEventId,
  toRecordedEvent,
  type EventRow,
} from './rows'
import { checkTableLimits } from './tableLimits'

/** How many rows one INSERT writes during an import. */
const IMPORT_CHUNK = 2_000

export interface AppendRequest {
  readonly streamId: string
  readonly events: readonly NewEvent[]
  readonly expectedVersion?: ExpectedVersion
  /** The writer's clock, as the browser store records it; the server's when absent. */
  readonly recordedAt?: string
  readonly sessionId: string
}

const UNIQUE_VIOLATION = '23505'
const isUniqueViolation = (error: unknown, constraint: RegExp): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: string }).code === UNIQUE_VIOLATION &&
  constraint.test((error as { constraint?: string }).constraint ?? '')

/**
 * One room's events in PostgreSQL, with the port's rules. Every write first takes the room's
 * `log_head` row lock (the trigger would take it anyway): the expected-version check, the
 * event-id check and the insert then see no other writer, and the material's
 * UNIQUE(aggregate_type, aggregate_id, version) remains the last guard.
 */
export function roomStore(pool: pg.Pool, schema: string) {
  /**
   * A write: BEGIN and the room's log-head row lock in one round trip. Every statement after it
   * runs with a snapshot taken once the lock is held, so it sees every earlier writer's events.
   */
  const inRoom = <T>(work: (client: pg.PoolClient) => Promise<T>) =>
    onRoomConnection(pool, schema, work, 'BEGIN; SELECT last_position FROM log_head FOR UPDATE')
  const read = <T>(work: (client: pg.PoolClient) => Promise<T>) => onRoomConnection(pool, schema, work)
  const select = async (client: pg.PoolClient | pg.Pool, where: string, params: unknown[]): Promise<RecordedEvent[]> =>
    (await client.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events ${where}`, params)).rows.map(toRecordedEvent)
  const headPosition = async (client: pg.PoolClient): Promise<number> =>
    (await client.query<{ last_position: number }>('SELECT last_position FROM log_head')).rows[0]?.last_position ?? 0
  const versionOf = async (client: pg.PoolClient, streamId: string): Promise<number> => {
    const { aggregateType, aggregateId } = splitStreamId(streamId)
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM events WHERE aggregate_type = $1 AND aggregate_id = $2',
      [aggregateType, aggregateId],
    )
    return rows[0]?.version ?? 0
  }
  const insert = async (client: pg.PoolClient, records: readonly RecordedEvent[]): Promise<void> => {
    const { rows } = await client.query<{ position: number }>(INSERT_EVENTS, insertColumns(records))
    // The trigger numbers rows under the lock this transaction holds: it must agree with the plan.
    if (rows.some((row, index) => row.position !== records[index]?.position))
      throw new Error('The positions PostgreSQL assigned differ from the planned ones: nothing was written.')
  }

  return {
    async append(request: AppendRequest): Promise<{ result: AppendResult; written: readonly RecordedEvent[] }> {
      const expectedVersion = validateAppend(request.streamId, request.events, {
        ...(request.expectedVersion === undefined ? {} : { expectedVersion: request.expectedVersion }),
      })
      checkTableLimits(request.streamId, request.events, (index) => `events[${index}]`)
      const ids = request.events.flatMap((event) => (event.eventId === undefined ? [] : [event.eventId]))
      const { aggregateType, aggregateId } = splitStreamId(request.streamId)
      return inRoom(async (client) => {
        // What the rules need, in one round trip: where the log and the stream stand, and the events
        // already stored under the batch's ids.
        const { rows } = await client.query<{ last_position: number; version: number | null; existing: EventRow[] }>(
          `SELECT (SELECT last_position FROM log_head) AS last_position,
                  (SELECT max(version) FROM events WHERE aggregate_type = $1 AND aggregate_id = $2) AS version,
                  coalesce((SELECT json_agg(stored) FROM (SELECT ${EVENT_COLUMNS} FROM events WHERE event_id = ANY($3::uuid[])) AS stored), '[]') AS existing`,
          [aggregateType, aggregateId, ids.map((id) => storedEventId(id).uuid)],
        )
        const plan = planAppend({
          streamId: request.streamId,
          events: request.events,
          expectedVersion,
          currentVersion: rows[0]?.version ?? 0,
          lastPosition: rows[0]?.last_position ?? 0,
          existing: (rows[0]?.existing ?? []).map(toRecordedEvent),
          recordedAt: request.recordedAt ?? new Date().toISOString(),
          sessionId: request.sessionId,
          generateId: randomUUID,
        })
        if (plan.kind === 'already-written') return { result: plan.result, written: [] }
        await insert(client, plan.records).catch(async (error: unknown) => {
          if (isUniqueViolation(error, /aggregate_type/))
            throw new ConcurrencyError(request.streamId, expectedVersion, await versionOf(client, request.streamId))
          throw error
        })
        return { result: plan.result, written: plan.records }
      })
    },

    async importEvents(events: readonly ImportEvent[], replace: boolean): Promise<ImportResult> {
      validateImport(events)
      events.forEach((event, index) => checkTableLimits(event.streamId, [event], () => `events[${index}]`))
      return inRoom(async (client) => {
        let lastPosition = await headPosition(client)
        if (replace) {
          await client.query('DELETE FROM events')
          await client.query('UPDATE log_head SET last_position = 0')
          // Before the inserts' own notice, so listeners hear "emptied", then "grew".
          await client.query("SELECT pg_notify('playground_events', 'cleared:' || $1)", [schema])
          lastPosition = 0
        } else {
          const streams = importedStreams(events).map(splitStreamId)
          const { rows } = await client.query<{ stream: string }>(
            `SELECT aggregate_type || '-' || aggregate_id AS stream FROM events
             WHERE version = 1 AND (aggregate_type, aggregate_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
            [streams.map((stream) => stream.aggregateType), streams.map((stream) => stream.aggregateId)],
          )
          refuseOverlap(rows.map((row) => row.stream))
          const ids = events.map((event) => storedEventId(event.eventId).uuid)
          const clash = await select(client, 'WHERE event_id = ANY($1::uuid[]) LIMIT 1', [ids])
          if (clash[0])
            throw new DuplicateEventIdError(clash[0].eventId, 'is already in the store: nothing was imported')
        }
        const records = planImport(events, lastPosition)
        for (let start = 0; start < records.length; start += IMPORT_CHUNK)
          await insert(client, records.slice(start, start + IMPORT_CHUNK))
        return { imported: records.length, lastPosition: records.at(-1)?.position ?? lastPosition }
      })
    },

    readStream(streamId: string, fromVersion: number, toVersion: number | undefined): Promise<RecordedEvent[]> {
      const { aggregateType, aggregateId } = splitStreamId(streamId)
      return read((client) =>
        select(
          client,
          'WHERE aggregate_type = $1 AND aggregate_id = $2 AND version >= $3 AND version <= $4 ORDER BY version',
          [aggregateType, aggregateId, fromVersion, toVersion ?? 2 ** 31 - 1],
        ),
      )
    },

    readAll(fromPosition: number, limit: number): Promise<RecordedEvent[]> {
      return read((client) => select(client, 'WHERE position >= $1 ORDER BY position LIMIT $2', [fromPosition, limit]))
    },

    /** The event at a position, or undefined: where a subscriber resumes, checked. */
    async eventAt(position: number): Promise<RecordedEvent | undefined> {
      return (await read((client) => select(client, 'WHERE position = $1', [position])))[0]
    },

    async lastEvent(): Promise<RecordedEvent | undefined> {
      return (await read((client) => select(client, 'ORDER BY position DESC LIMIT 1', [])))[0]
    },

    streamVersion(streamId: string): Promise<number> {
      return read((client) => versionOf(client, streamId))
    },

    async clear(): Promise<void> {
      await inRoom(async (client) => {
        await client.query('DELETE FROM events')
        await client.query('UPDATE log_head SET last_position = 0')
        await client.query("SELECT pg_notify('playground_events', 'cleared:' || $1)", [schema])
      })
    },
  }
}

export type RoomStore = ReturnType<typeof roomStore>

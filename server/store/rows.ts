import { createHash } from 'node:crypto'
import type { JsonValue, RecordedEvent, RecordedMetadata } from '../../src/kernel/eventstore'
import { COURSE_SCHEMA_VERSION } from '../../src/kernel/logfile/courseSchemaVersion'
import { COURSE_SESSION_ID } from '../../src/kernel/logfile/courseTable'

/** A row of a room's `events` table: the learning material's columns, and the three the port adds. */
export interface EventRow {
  readonly event_id: string
  readonly event_key: string | null
  readonly aggregate_type: string
  readonly aggregate_id: string
  readonly event_type: string
  readonly version: number
  readonly position: number
  readonly data: JsonValue
  /** A Date, or its text when the row came through json_agg. */
  readonly timestamp: Date | string
  readonly metadata: RecordedMetadata | null
}

/** The columns every read selects, in EventRow's shape. */
export const EVENT_COLUMNS =
  'event_id::text AS event_id, event_key, aggregate_type, aggregate_id, event_type, version, position, coalesce(data_as_written, data::json) AS data, "timestamp", metadata'

const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * The table's `event_id` is a UUID, and the port allows any event id: a lowercase UUID is stored
 * as it is; any other id is kept in `event_key`, with a UUID made from it (MD5, as a version-3
 * UUID is) as `event_id`, so the primary key still refuses it twice.
 */
export function storedEventId(eventId: string): { readonly uuid: string; readonly key: string | null } {
  if (CANONICAL_UUID.test(eventId)) return { uuid: eventId, key: null }
  const hex = createHash('md5').update(`event-sourcing-playground:event-key:${eventId}`, 'utf8').digest('hex')
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-3${hex.slice(13, 16)}-${((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
  return { uuid, key: eventId }
}

/** A stream id `Order-order-001` as the material's aggregate type `Order` and id `order-001`. */
export function splitStreamId(streamId: string): { readonly aggregateType: string; readonly aggregateId: string } {
  const dash = streamId.indexOf('-')
  return { aggregateType: streamId.slice(0, dash), aggregateId: streamId.slice(dash + 1) }
}

/**
 * A row as the port's event. A row the material's Python walkthrough wrote has no metadata: it
 * reads as schema 0 (float dollars, snake_case), exactly as the CSV import reads the same table,
 * and the playground's upcasters bring it to today's shape.
 */
export function toRecordedEvent(row: EventRow): RecordedEvent {
  const eventId = row.event_key ?? row.event_id
  return {
    eventId,
    streamId: `${row.aggregate_type}-${row.aggregate_id}`,
    version: row.version,
    position: row.position,
    type: row.event_type,
    data: row.data,
    metadata: row.metadata ?? {
      correlationId: eventId,
      causationId: null,
      sessionId: COURSE_SESSION_ID,
      schemaVersion: COURSE_SCHEMA_VERSION,
    },
    recordedAt: new Date(row.timestamp).toISOString(),
  }
}

/** The arrays one INSERT … SELECT FROM unnest(…) takes for a batch of events. */
export function insertColumns(records: readonly Omit<RecordedEvent, 'position'>[]): unknown[] {
  const ids = records.map((record) => storedEventId(record.eventId))
  const streams = records.map((record) => splitStreamId(record.streamId))
  const data = records.map((record) => JSON.stringify(record.data))
  return [
    ids.map((id) => id.uuid),
    ids.map((id) => id.key),
    streams.map((stream) => stream.aggregateType),
    streams.map((stream) => stream.aggregateId),
    records.map((record) => record.type),
    records.map((record) => record.version),
    data,
    records.map((record) => record.recordedAt),
    records.map((record) => JSON.stringify(record.metadata)),
    data,
  ]
}

/** Inserts the rows of insertColumns in their order; the trigger gives each its position. */
export const INSERT_EVENTS = `
  INSERT INTO events (event_id, event_key, aggregate_type, aggregate_id, event_type, version, data, "timestamp", metadata, data_as_written)
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::jsonb[], $8::timestamptz[], $9::jsonb[], $10::json[])
  RETURNING position`

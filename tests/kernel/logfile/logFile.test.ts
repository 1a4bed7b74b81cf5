import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import { walkthroughLog } from '../../kit/walkthroughLog'
import { LOG_FORMAT, toLogJson, toLogNdjson } from '../../../src/kernel/logfile/logFile'

const schema = JSON.parse(readFileSync(new URL('../../../public/event-log.schema.json', import.meta.url), 'utf8'))
// ajv checks the structure; date-time formats are not checked here (no ajv-formats).
const validate = new Ajv2020({ strict: true, validateFormats: false, allErrors: true }).compile(schema)

describe('the exported log', () => {
  it('as JSON, is valid against public/event-log.schema.json and keeps every event as stored', async () => {
    const events = await walkthroughLog()
    const file = JSON.parse(toLogJson(events, '2026-11-22T12:00:00.000Z'))
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true)
    expect(file).toMatchObject({ format: LOG_FORMAT, formatVersion: 1, exportedAt: '2026-11-22T12:00:00.000Z' })
    expect(file.events).toEqual(events)
  })

  it('with exercise progress, is still valid against the schema', async () => {
    const events = await walkthroughLog()
    const progress = {
      records: [{ exerciseId: 'query-history', sincePosition: 2, answers: { item: 'pear' } }],
      activity: [{ kind: 'conflict' as const, streamId: 'Order-order-001', position: 3 }],
    }
    const file = JSON.parse(toLogJson(events, '2026-11-22T12:00:00.000Z', progress))
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true)
    expect(file.progress).toEqual(progress)
  })

  it('is refused by the schema when an event loses a field or gets a bad version', async () => {
    const events = await walkthroughLog()
    const file = JSON.parse(toLogJson(events, '2026-11-22T12:00:00.000Z'))
    delete file.events[1].streamId
    file.events[2].version = 0
    expect(validate(file)).toBe(false)
    expect(validate.errors?.map((error) => error.instancePath)).toEqual(
      expect.arrayContaining(['/events/1', '/events/2/version']),
    )
  })

  it('as NDJSON, has one event per line in position order, each valid against the schema', async () => {
    const events = await walkthroughLog()
    const lines = toLogNdjson(events).trimEnd().split('\n')
    expect(lines).toHaveLength(4)
    const eventSchema = new Ajv2020({ strict: true, validateFormats: false })
      .addSchema(schema)
      .getSchema('event-log.schema.json#/$defs/event')
    for (const [index, line] of lines.entries()) {
      const event = JSON.parse(line)
      expect(eventSchema?.(event)).toBe(true)
      expect(event.position).toBe(index + 1)
    }
    expect(toLogNdjson([])).toBe('')
  })
})

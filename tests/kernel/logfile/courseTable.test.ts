import { PAGE_DOMAINS } from '../../kit/domains'
import { describe, expect, it } from 'vitest'
import { courseTimeToIso } from '../../../src/kernel/logfile/courseTable'
import { parseCsv } from '../../../src/kernel/logfile/csvParse'
import { ImportFileError, parseLogFile } from '../../../src/kernel/logfile/logImport'
import { replayOrder } from '../../../src/domains/order'
import { courseSample } from '../../kit/courseSample'

const sample = courseSample

const CSV_HEADER = 'event_id,aggregate_type,aggregate_id,event_type,version,data,timestamp'
const csvRow = (id: string, type: string, version: number, data: object, time = '2024-01-15T10:30:00') =>
  `${id},Order,order-001,${type},${version},"${JSON.stringify(data).replaceAll('"', '""')}",${time}`

describe('the learning material’s events table', () => {
  it('reads the CSV sample as events of schema 0, their data exactly as written', async () => {
    const { events, source } = await parseLogFile(sample('csv'), PAGE_DOMAINS)
    expect(source).toBe('course-table')
    expect(events).toHaveLength(9)
    expect(events[1]).toEqual({
      eventId: '0b6f3c1e-5d0a-4c61-9a0e-1f2a3b4c5d02',
      streamId: 'Order-order-001',
      version: 2,
      type: 'ItemAdded',
      data: { item_id: 'apple', quantity: 3, price: 1.5 },
      metadata: {
        correlationId: '0b6f3c1e-5d0a-4c61-9a0e-1f2a3b4c5d02',
        causationId: null,
        sessionId: 'learning-material',
        schemaVersion: 0,
      },
      recordedAt: '2024-01-15T10:31:12.500Z',
    })
  })

  it('reads the same events from JSON rows and from NDJSON rows', async () => {
    const fromCsv = await parseLogFile(sample('csv'), PAGE_DOMAINS)
    expect(await parseLogFile(sample('json'), PAGE_DOMAINS)).toEqual(fromCsv)
    const ndjson = (JSON.parse(sample('json')) as unknown[]).map((row) => JSON.stringify(row)).join('\n')
    expect(await parseLogFile(ndjson, PAGE_DOMAINS)).toEqual(fromCsv)
  })

  it('replays to the orders the material describes once upcast on read', async () => {
    const { events } = await parseLogFile(sample('csv'), PAGE_DOMAINS)
    const first = replayOrder(events.filter((event) => event.streamId === 'Order-order-001'))
    const second = replayOrder(events.filter((event) => event.streamId === 'Order-order-002'))
    expect(first).toMatchObject({ status: 'paid', totalCents: 600, version: 4, customerId: 'customer-123' })
    expect(second).toMatchObject({ status: 'cancelled', totalCents: 200, cancelReason: 'Found a better price' })
  })

  it.each([
    [
      'a missing column',
      `event_id,aggregate_type,aggregate_id,event_type,version,timestamp\na,Order,o,OrderCreated,1,x`,
      'line 1: the header lacks data',
    ],
    [
      'a row with too few cells',
      `${CSV_HEADER}\na,Order,order-001,OrderCreated,1`,
      'line 2: has 5 cells, the header has 7',
    ],
    [
      'a quote that never closes',
      `${CSV_HEADER}\na,Order,order-001,OrderCreated,1,"{""x"": 1},2024-01-15T10:30:00`,
      'line 2: a quoted cell never closes',
    ],
    [
      'data that is not JSON',
      `${CSV_HEADER}\na,Order,order-001,OrderCreated,1,{oops},2024-01-15T10:30:00`,
      'line 2: data is not JSON',
    ],
    [
      'a version that is not a number',
      `${CSV_HEADER}\n${csvRow('a', 'OrderCreated', 1, { customer_id: 'c' }).replace(',1,', ',one,')}`,
      'line 2: version must be a positive integer',
    ],
    [
      'a bad time',
      `${CSV_HEADER}\n${csvRow('a', 'OrderCreated', 1, { customer_id: 'c' }, 'yesterday')}`,
      'line 2: timestamp must be a date and time',
    ],
    [
      'a price in fractions of a cent',
      `${CSV_HEADER}\n${csvRow('a', 'OrderCreated', 1, { customer_id: 'c' })}\n${csvRow('b', 'ItemAdded', 2, { item_id: 'x', quantity: 1, price: 0.125 })}`,
      'line 3: ItemAdded cannot be read: schema 0: price must be a non-negative amount in whole cents (got 0.125)',
    ],
    ['JSON rows of something else', '[{"id": 1}]', "The file is a JSON array, but not of the learning material's rows"],
    [
      'a row with an extra field',
      '[{"event_id":"a","aggregate_type":"Order","aggregate_id":"o","event_type":"OrderCreated","version":1,"data":{"customer_id":"c"},"timestamp":"2024-01-15T10:30:00","extra":1}]',
      'row 1: Unrecognized key',
    ],
  ])('refuses %s, naming the line or row', async (_, text, message) => {
    const parsing = parseLogFile(text, PAGE_DOMAINS)
    await expect(parsing).rejects.toThrow(ImportFileError)
    await expect(parseLogFile(text, PAGE_DOMAINS)).rejects.toThrow(message)
  })

  it.each([
    ['2024-01-15T10:30:00.123456', '2024-01-15T10:30:00.123Z'],
    ['2024-01-15 10:30:00', '2024-01-15T10:30:00.000Z'],
    ['2024-01-15T10:30', '2024-01-15T10:30:00.000Z'],
    ['2024-01-15 10:30:00.5+02', '2024-01-15T08:30:00.500Z'],
    ['2024-01-15T10:30:00-0130', '2024-01-15T12:00:00.000Z'],
    ['2024-01-15T10:30:00Z', '2024-01-15T10:30:00.000Z'],
  ])('reads the time %s (no zone means UTC, as utcnow() wrote it)', (time, iso) => {
    expect(courseTimeToIso(time)).toBe(iso)
  })

  it.each(['15/01/2024 10:30', '2024-13-45T10:30:00', 'now', ''])('refuses the time %j', (time) => {
    expect(courseTimeToIso(time)).toBeUndefined()
  })
})

describe('parseCsv', () => {
  it('splits quoted cells with commas, doubled quotes and line breaks, on LF and CRLF', () => {
    expect(parseCsv('a,b\r\n"1,2","say ""hi""\nthere"\r\n\r\nx,\n')).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['1,2', 'say "hi"\nthere'], line: 2 },
      { cells: ['x', ''], line: 5 },
    ])
  })

  it('refuses a quote inside an unquoted cell and text after a closing quote', () => {
    expect(() => parseCsv('a,b"c\n')).toThrow('line 1: a quote inside an unquoted cell')
    expect(() => parseCsv('"a"b,c\n')).toThrow('line 1: a quoted cell must end at a comma')
  })
})

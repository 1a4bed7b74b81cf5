import { PAGE_DOMAINS } from '../../kit/domains'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { interleavedOrderLog } from '../../kit/interleavedOrderLog'
import { walkthroughLog, withoutPositions } from '../../kit/walkthroughLog'
import { toLogJson, toLogNdjson } from '../../../src/kernel/logfile/logFile'
import { ImportFileError, parseLogFile } from '../../../src/kernel/logfile/logImport'

describe('reading a log file', () => {
  it('reads back what Export JSON and Export NDJSON wrote', async () => {
    const events = await walkthroughLog()
    const fromJson = await parseLogFile(toLogJson(events, '2026-11-22T12:00:00.000Z'), PAGE_DOMAINS)
    expect(fromJson).toEqual({ events: withoutPositions(events), source: 'playground' })
    expect(await parseLogFile(toLogNdjson(events), PAGE_DOMAINS)).toEqual(fromJson)
  })

  it.each([
    ['an empty file', () => '  \n', 'The file is empty.'],
    ['a broken JSON document', () => '{"format": ', 'The file: is not JSON'],
    [
      'another format',
      () => JSON.stringify({ format: 'other', formatVersion: 1, exportedAt: '', events: [] }),
      'The file: format must be "event-sourcing-playground/event-log"',
    ],
    [
      'a newer format version',
      () =>
        JSON.stringify({ format: 'event-sourcing-playground/event-log', formatVersion: 2, exportedAt: '', events: [] }),
      'The file: formatVersion must be 1',
    ],
    [
      'a JSON log without exportedAt',
      () => JSON.stringify({ format: 'event-sourcing-playground/event-log', formatVersion: 1, events: [] }),
      'The file has no exportedAt. A playground log file says when it was exported, such as "exportedAt": "2026-11-22T10:00:00.000Z": add it, or export the log again.',
    ],
    [
      'a CSV whose header is not the learning material’s table',
      () => 'id,stream,kind\n1,order-1,OrderCreated\n',
      "This CSV file's header is not the learning material's events table. Its first line must name the columns event_id, aggregate_type, aggregate_id, event_type, version, data, timestamp; it names id,stream,kind.",
    ],
  ])('refuses %s with a clear message', async (_, text, message) => {
    await expect(parseLogFile(text(), PAGE_DOMAINS)).rejects.toThrow(ImportFileError)
    await expect(parseLogFile(text(), PAGE_DOMAINS)).rejects.toThrow(message)
  })

  it('carries the exercise progress of a JSON export, and refuses a malformed one', async () => {
    const events = await walkthroughLog()
    const progress = {
      records: [{ exerciseId: 'query-history', sincePosition: 2, answers: { item: 'pear' } }],
      activity: [{ kind: 'conflict' as const, streamId: 'Order-order-001', position: 3 }],
    }
    const text = toLogJson(events, '2026-11-22T12:00:00.000Z', progress)
    expect((await parseLogFile(text, PAGE_DOMAINS)).progress).toEqual(progress)
    const broken = JSON.parse(text)
    broken.progress.records[0].sincePosition = -1
    await expect(parseLogFile(JSON.stringify(broken), PAGE_DOMAINS)).rejects.toThrow(
      'The file: progress.records.0.sincePosition',
    )
  })

  it('names the event and the field in a JSON document', async () => {
    const events = await walkthroughLog()
    const file = JSON.parse(toLogJson(events, '2026-11-22T12:00:00.000Z'))
    file.events[2].version = -1
    await expect(parseLogFile(JSON.stringify(file), PAGE_DOMAINS)).rejects.toThrow(
      'event 3: version must be a positive integer',
    )
    file.events[2].version = 3
    file.events[3].metadata.schemaVersion = 'one'
    await expect(parseLogFile(JSON.stringify(file), PAGE_DOMAINS)).rejects.toThrow(
      'event 4: metadata.schemaVersion must be a whole number, 0 or more',
    )
    file.events[3].metadata.schemaVersion = 1
    file.events[0].recordedAt = 'yesterday'
    await expect(parseLogFile(JSON.stringify(file), PAGE_DOMAINS)).rejects.toThrow(
      'event 1: recordedAt must be an ISO-8601 date and time',
    )
    file.events[0].recordedAt = '2026-11-22T12:00:00.000Z'
    file.events[1].surprise = true
    await expect(parseLogFile(JSON.stringify(file), PAGE_DOMAINS)).rejects.toThrow('event 2:')
  })

  it('names the line in NDJSON, counting blank lines', async () => {
    const lines = toLogNdjson(await walkthroughLog()).split('\n')
    lines.splice(1, 0, '')
    lines[3] = lines[3]!.replace('"streamId":"Order-order-001"', '"streamId":"order 1"')
    await expect(parseLogFile(lines.join('\n'), PAGE_DOMAINS)).rejects.toThrow(
      'line 4: streamId must look like Category-id',
    )
    lines[3] = '{not json'
    await expect(parseLogFile(lines.join('\n'), PAGE_DOMAINS)).rejects.toThrow('line 4: is not JSON')
    // The first problem in the file is the one reported, a shape problem before a later broken line.
    await expect(parseLogFile('{"eventId": "a"}\nnot json at all\n', PAGE_DOMAINS)).rejects.toThrow('line 1: streamId')
  })

  it('fault 20: names an id that hides characters, and a number too big to keep exactly', async () => {
    const lines = toLogNdjson(await walkthroughLog()).split('\n')
    const spoil = (line: number, from: string, to: string) =>
      lines.map((text, index) => (index === line ? text.replace(from, to) : text)).join('\n')
    await expect(
      parseLogFile(spoil(1, '"streamId":"Order-order-001"', '"streamId":"Order-1\\u202Eexe"'), PAGE_DOMAINS),
    ).rejects.toThrow('line 2: streamId holds U+202E, a bidirectional control')
    await expect(
      parseLogFile(spoil(2, '"type":"ItemAdded"', '"type":"Item\\u0000Added"'), PAGE_DOMAINS),
    ).rejects.toThrow('line 3: type holds U+0000, a control character')
    await expect(parseLogFile(spoil(0, '"eventId":"', '"eventId":"\\ud800'), PAGE_DOMAINS)).rejects.toThrow(
      'line 1: eventId holds U+D800, a lone surrogate',
    )
    await expect(parseLogFile(spoil(1, '"quantity":3', '"quantity":9007199254740993'), PAGE_DOMAINS)).rejects.toThrow(
      'line 2: data.quantity: 9007199254740992 is beyond ±9007199254740991',
    )
  })

  it('runs the upcasters on import: an Order event whose data cannot be read is refused, with its place', async () => {
    const file = JSON.parse(toLogJson(await walkthroughLog(), '2026-11-22T12:00:00.000Z'))
    file.events[1].data.quantity = 0
    await expect(parseLogFile(JSON.stringify(file), PAGE_DOMAINS)).rejects.toThrow(
      'event 2: ItemAdded cannot be read: quantity must be a whole number from 1 to 1000000',
    )
    file.events[1].data.quantity = 3
    file.events[1].metadata.schemaVersion = 0
    await expect(parseLogFile(JSON.stringify(file), PAGE_DOMAINS)).rejects.toThrow(
      'event 2: ItemAdded cannot be read: schema 0: price must be a non-negative amount in whole cents (got undefined)',
    )
  })

  it.each([
    ['nesting 100,000 levels deep', '['.repeat(100_000) + ']'.repeat(100_000), 'event 1: data[0]'],
    [
      'a string of 5,000,000 characters',
      JSON.stringify({ note: 'x'.repeat(5_000_000) }),
      'event 1: data.note: is 5000000 characters long, more than the 10000 allowed',
    ],
    [
      'a million values',
      JSON.stringify(Array.from({ length: 1_000_000 }, () => 0)),
      'event 1: data: holds more than 10000 values',
    ],
  ])('refuses %s with a message, without overflowing the stack', async (_, data, message) => {
    const [first] = await walkthroughLog()
    const file = JSON.stringify({
      format: 'event-sourcing-playground/event-log',
      formatVersion: 1,
      exportedAt: '',
      events: [{ ...first, data: 0 }],
    })
    const text = file.replace('"data":0', `"data":${data}`)
    await expect(parseLogFile(text, PAGE_DOMAINS)).rejects.toThrow(ImportFileError)
    await expect(parseLogFile(text, PAGE_DOMAINS)).rejects.toThrow(message)
  })

  it('keeps unknown types and newer schemas: they are shown as such, not refused', async () => {
    const file = JSON.parse(toLogJson(await walkthroughLog(), '2026-11-22T12:00:00.000Z'))
    file.events[1].type = 'GiftWrapped'
    file.events[2].metadata.schemaVersion = 9
    const { events } = await parseLogFile(JSON.stringify(file), PAGE_DOMAINS)
    expect(events.map((event) => [event.type, event.metadata.schemaVersion])).toEqual([
      ['OrderCreated', 1],
      ['GiftWrapped', 1],
      ['ItemAdded', 9],
      ['OrderPaid', 1],
    ])
  })
})

describe('checking a big file', () => {
  afterEach(() => vi.restoreAllMocks())
  const ndjson = (events: number) =>
    interleavedOrderLog(10, events / 10, 'big', 'test')
      .map((event) => JSON.stringify(event))
      .join('\n')

  it('gives the page a turn once a slice has taken 8 ms, and says how far it got', async () => {
    // A clock on which every look takes 3 ms: a turn every third look, 300 entries.
    let clock = 0
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 3))
    const progress: number[] = []
    const { events } = await parseLogFile(ndjson(1_000), PAGE_DOMAINS, (checked) => progress.push(checked))
    expect(events).toHaveLength(1_000)
    expect(progress).toEqual([300, 600, 900, 1_000])
  })

  it('checks on in one slice while the clock says there is time', async () => {
    vi.spyOn(performance, 'now').mockReturnValue(0)
    const progress: number[] = []
    await parseLogFile(ndjson(1_000), PAGE_DOMAINS, (checked) => progress.push(checked))
    expect(progress).toEqual([1_000])
  })
})

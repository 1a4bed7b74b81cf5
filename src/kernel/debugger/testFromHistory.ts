import type { AnyDomainModule } from '../domainModule'
import type { RecordedCommand, RecordedEvent } from '../eventstore'
import { commandBatch } from './causalChain'

/** One decider test read off the log: given a stream's events, when a command, then its events or its refusal. */
export interface HistoryTest {
  readonly streamId: string
  /** Where in the log: the first event the command appended, or the last event before a refusal. */
  readonly position: number
  readonly given: readonly { readonly type: string; readonly data: unknown }[]
  readonly when: RecordedCommand
  readonly then:
    | { readonly kind: 'events'; readonly events: readonly { readonly type: string; readonly data: unknown }[] }
    | { readonly kind: 'refused'; readonly code: string; readonly message: string }
}

/** Stored events as the decider sees them: upcast to today's shape; events it cannot read are left out, as a fold leaves them. */
function asDomainEvents(module: AnyDomainModule, stored: readonly RecordedEvent[]) {
  return stored.flatMap((event) => {
    const reading = module.readEvent(event)
    return reading.kind === 'known' ? [{ type: reading.event.type as string, data: reading.event.data as unknown }] : []
  })
}

/**
 * The test of the command that appended `event` (an event of `stream`, the stream's events in
 * version order): given the stream's events before that command's, when the command as recorded,
 * then every event it appended. A sentence instead when the event records no command.
 */
export function testFromEvent(
  module: AnyDomainModule,
  stream: readonly RecordedEvent[],
  event: RecordedEvent,
): HistoryTest | string {
  const command = event.metadata.command
  if (!command)
    return `Event ${event.position} (${event.type}) records no command: it was imported or appended without the rules, so there is nothing to replay.`
  const batch = commandBatch(stream, event.version - 1)
  const first = batch[0] ?? event
  return {
    streamId: event.streamId,
    position: first.position,
    given: asDomainEvents(module, stream.slice(0, first.version - 1)),
    when: command,
    then: { kind: 'events', events: asDomainEvents(module, batch) },
  }
}

/** The test of a refused command: given the stream as the session decided against it, when the command, then that refusal. */
export function testFromRefusal(
  module: AnyDomainModule,
  streamId: string,
  stream: readonly RecordedEvent[],
  refusal: { readonly command: RecordedCommand; readonly code: string; readonly message: string },
): HistoryTest {
  return {
    streamId,
    position: stream.at(-1)?.position ?? 0,
    given: asDomainEvents(module, stream),
    when: refusal.command,
    then: { kind: 'refused', code: refusal.code, message: refusal.message },
  }
}

/** Where an exported test is meant to be saved, from the repository's root. */
export const HISTORY_TEST_FOLDER = 'tests/generated'

/** A file name for a test: the stream and the position, in characters every file system takes. */
export function historyTestFileName(test: HistoryTest): string {
  const stem = `${test.streamId}-at-${test.position}${test.then.kind === 'refused' ? '-refused' : ''}`
  return `${stem.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}.test.ts`
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** A string as the project writes one: single quotes. */
const quoted = (text: string) => `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`

/**
 * A JSON value as TypeScript source in the project's style (the formatter's own output: single
 * quotes, bare keys, objects one key per line, trailing commas), so a saved test passes `npm run lint`.
 */
export function sourceOf(value: unknown, indent = ''): string {
  if (typeof value === 'string') return quoted(value)
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const items = value.map((item) => sourceOf(item, inner))
    const flat = `[${items.join(', ')}]`
    if (!items.some((item) => item.includes('\n')) && inner.length + flat.length <= 100) return flat
    return `[\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}]`
  }
  const entries = Object.entries(value)
  if (entries.length === 0) return '{}'
  const lines = entries.map(
    ([key, item]) => `${inner}${IDENTIFIER.test(key) ? key : quoted(key)}: ${sourceOf(item, inner)},`,
  )
  return `{\n${lines.join('\n')}\n${indent}}`
}

/** Call arguments as the formatter lays them out: none, one hugged, or one per line. */
function argumentsOf(values: readonly unknown[], indent: string): string {
  if (values.length === 0) return '()'
  if (values.length === 1) return `(${sourceOf(values[0], indent)})`
  return `(\n${values.map((value) => `${indent}  ${sourceOf(value, `${indent}  `)},`).join('\n')}\n${indent})`
}

/**
 * A Vitest file for the test, using the project's given/when/then kit. It imports the domain
 * from `module.source` (a path from the repository's root) and the kit, both relative to
 * HISTORY_TEST_FOLDER, so it runs with `npx vitest run` once saved there; null when the module
 * says no source to import it from.
 */
export function historyTestFile(module: AnyDomainModule, test: HistoryTest): string | null {
  const source = module.source
  if (!source) return null
  const name = historyTestFileName(test)
  const asked = test.when.type
  const title =
    test.then.kind === 'events'
      ? `${asked} at version ${test.given.length} appends ${test.then.events.map((event) => event.type).join(', ')}`
      : `${asked} at version ${test.given.length} is refused with ${test.then.code}`
  const indent = '      '
  const then =
    test.then.kind === 'events'
      ? `.then${argumentsOf(test.then.events, indent)}`
      : `.thenRejects(${quoted(test.then.code)})`
  return `/**
 * A test from history, exported by the Event Sourcing Playground: ${test.streamId}, position ${test.position}.
 * Given the stream's events before the command, when the command as it was recorded, then ${
   test.then.kind === 'events' ? 'the events it appended' : 'the refusal it met'
 }.
 * It fails when the decider changes its answer. Save it in the playground's repository as
 * ${HISTORY_TEST_FOLDER}/${name} and run: npx vitest run ${HISTORY_TEST_FOLDER}/${name}
 */
import { describe, it } from 'vitest'
import { deciderSpec } from '../kit/deciderSpec'
import { ${source.exportName} } from '../../${source.path}'

describe(${quoted(`${test.streamId}, from history`)}, () => {
  it(${quoted(title)}, () => {
    deciderSpec(${source.exportName}.decider)
      .given${argumentsOf(test.given, indent)}
      .when(${sourceOf(test.when, indent)})
      ${then}
  })
})
`
}

/**
 * A learner's module (issue 18), in the bench page: compiling and loading a 200-line module,
 * folding a log of its events in the sandbox, seeking through it with checkpoints, and the
 * sandbox's memory. The module is the Order template, run through QuickJS as the Build view runs it.
 */
import orderTemplate from '../src/domains/order/learner/orderTemplate.ts?raw'
import type { ImportEvent, JsonValue } from '../src/kernel/eventstore'
import { planImport } from '../src/kernel/eventstore/importPlan'
import { loadLearnerEngine } from '../src/kernel/learner/sandbox'
import { loadLearnerModule } from '../src/kernel/learner/loadLearnerModule'
import { createDomainRegistry } from '../src/kernel/replayStream'
import { Timeline } from '../src/kernel/timeline/timeline'
import { refundSolution, shipSolution } from '../tests/kit/buildSolutions'

/** The size the issue names for "compile and load". */
const MODULE_LINES = 200

/** The template with shipping and refunds added, padded with comments to 200 lines. */
function twoHundredLineModule(): string {
  const source = refundSolution(shipSolution(orderTemplate))
  const lines = source.trimEnd().split('\n')
  while (lines.length < MODULE_LINES) lines.push(`// line ${lines.length + 1}`)
  return lines.join('\n')
}

/** `events` events of `orders` orders of the template's category: each created, then items added and removed in turn. */
export function learnerLog(events: number, orders: number, category = 'MyOrder'): ImportEvent[] {
  const versions = new Array<number>(orders).fill(0)
  return Array.from({ length: events }, (_, index) => {
    const order = index % orders
    const version = (versions[order] = (versions[order] ?? 0) + 1)
    const eventId = `learner-${index + 1}`
    const type = version === 1 ? 'OrderCreated' : version % 2 === 0 ? 'ItemAdded' : 'ItemRemoved'
    const data: JsonValue =
      type === 'OrderCreated'
        ? { orderId: `o-${order}`, customerId: `c-${order % 37}` }
        : type === 'ItemAdded'
          ? { itemId: 'apple', quantity: 1 + (version % 5), unitPriceCents: 150 }
          : { itemId: 'apple' }
    return {
      eventId,
      streamId: `${category}-o-${order}`,
      version,
      type,
      data,
      metadata: { correlationId: eventId, causationId: null, sessionId: 'bench', schemaVersion: 1 },
      recordedAt: '2026-11-30T10:00:00.000Z',
    }
  })
}

const timed = (work: () => unknown) => {
  const started = performance.now()
  work()
  return performance.now() - started
}

/** Times in ms; memory in bytes. */
export async function learnerCases(events: number, runs: number, seeks: number) {
  let started = performance.now()
  const engine = await loadLearnerEngine()
  const engineLoad = performance.now() - started
  const source = twoHundredLineModule()
  const load = () => loadLearnerModule(engine, source, [], { onProblem: () => undefined })
  load().sandbox.dispose()
  const compile = Array.from({ length: Math.max(runs, 5) }, () => {
    started = performance.now()
    const loaded = load()
    const elapsed = performance.now() - started
    loaded.sandbox.dispose()
    return elapsed
  })

  const problems: string[] = []
  const wasmBefore = engine.quickJs.getWasmMemory().buffer.byteLength
  const { module, sandbox } = loadLearnerModule(engine, orderTemplate, [], {
    onProblem: (problem) => problems.push(problem.message),
  })
  const registry = createDomainRegistry([module])
  const records = planImport(learnerLog(events, 100), 0)
  const streams = [...new Set(records.map((record) => record.streamId))]
  const foldAll = () => {
    const timeline = new Timeline(registry)
    timeline.append(records)
    for (const streamId of streams) timeline.stateAt(streamId, events)
    return timeline
  }
  foldAll()
  const fold = Array.from({ length: runs }, () => timed(foldAll))

  // Seeks as the panels read: the stream of the event at a random position, from its checkpoint.
  const timeline = foldAll()
  let seed = 20261130
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32
  const seek = Array.from({ length: seeks }, () => {
    const position = 1 + Math.floor(random() * events)
    const streamId = timeline.eventAt(position)?.streamId ?? ''
    return timed(() => timeline.statesAt('MyOrder', position).get(streamId))
  })
  const sandboxBytes = sandbox.memoryUsed()
  const wasmBytes = engine.quickJs.getWasmMemory().buffer.byteLength
  sandbox.dispose()
  if (problems.length > 0) throw new Error(`The module failed: ${problems[0]}`)
  return { engineLoad, compile, lines: source.split('\n').length, fold, seek, sandboxBytes, wasmBytes, wasmBefore }
}

import { describe, expect, it } from 'vitest'
import orderTemplate from '../../../src/domains/order/learner/orderTemplate.ts?raw'
import { loadLearnerEngine } from '../../../src/kernel/learner/sandbox'
import { loadLearnerModule, type StoredStreamEvent } from '../../../src/kernel/learner/loadLearnerModule'
import { LearnerCodeError } from '../../../src/kernel/learner/learnerCodeProblem'
import { replayStream } from '../../../src/kernel/replayStream'
import type { LearnerState } from '../../../src/kernel/learner/learnerModule'

const engine = await loadLearnerEngine()
const NOW = '2026-11-30T09:00:00.000Z'
const load = (source: string, stored: readonly StoredStreamEvent[] = []) =>
  loadLearnerModule(engine, source, stored, { onProblem: () => undefined, now: () => NOW })

function problemOf(source: string, stored: readonly StoredStreamEvent[] = []): LearnerCodeError {
  try {
    load(source, stored).sandbox.dispose()
  } catch (error) {
    if (error instanceof LearnerCodeError) return error
    throw error
  }
  throw new Error('The module loaded')
}

const stored = (
  streamId: string,
  version: number,
  type: string,
  data: unknown,
  schemaVersion = 1,
): StoredStreamEvent => ({
  streamId,
  version,
  type,
  data,
  metadata: { schemaVersion },
})

describe('a learner module from the Order template', () => {
  it('decides with the time from the context and folds in the sandbox', () => {
    const { module, sandbox } = load(orderTemplate)
    const created = module.decider.decide(
      { type: 'CreateOrder', orderId: 'o-1', customerId: 'c-1' },
      module.decider.initialState,
    )
    expect(created).toEqual({
      ok: true,
      events: [{ type: 'OrderCreated', data: { orderId: 'o-1', customerId: 'c-1' } }],
    })
    const events = [
      stored('MyOrder-o-1', 1, 'OrderCreated', { orderId: 'o-1', customerId: 'c-1' }),
      stored('MyOrder-o-1', 2, 'ItemAdded', { itemId: 'apple', quantity: 2, unitPriceCents: 150 }),
    ]
    const state = replayStream<LearnerState>(module, events)
    expect(state.version).toBe(2)
    expect(state.value).toMatchObject({ status: 'created', totalCents: 300 })
    const paid = module.decider.decide({ type: 'PayOrder', orderId: 'o-1', paymentMethod: 'paypal' }, state)
    expect(paid).toEqual({
      ok: true,
      events: [{ type: 'OrderPaid', data: { paymentMethod: 'paypal', amountCents: 300, paidAt: NOW } }],
    })
    const refused = module.decider.decide({ type: 'CreateOrder', orderId: 'o-1', customerId: 'c-1' }, state)
    expect(refused).toMatchObject({ ok: false, error: { code: 'Refused', message: 'Order o-1 already exists.' } })
    expect(module.stateFields(state)).toContainEqual({ label: 'totalCents', value: '$3.00' })
    expect(module.lifecycle.statusOf(state)).toBe('created')
    sandbox.dispose()
  })

  it('marks a stored event that no longer fits its declared shape as unreadable, until an upcaster reads it', () => {
    const renamed = orderTemplate.replace(
      "OrderCreated: { orderId: 'text', customerId: 'text' }",
      "OrderCreated: { orderId: 'text', customer: 'text' }",
    )
    const { module, sandbox } = load(renamed)
    const old = stored('MyOrder-o-1', 1, 'OrderCreated', { orderId: 'o-1', customerId: 'c-1' })
    expect(module.readEvent(old)).toEqual({ kind: 'unreadable', problem: 'customer is missing: add an upcaster' })
    sandbox.dispose()
    const upcast = renamed.replace(
      "category: 'MyOrder',",
      "category: 'MyOrder',\n  schemaVersion: 2,\n  upcasters: { OrderCreated: { 1: (data: { orderId: string; customerId: string }) => ({ orderId: data.orderId, customer: data.customerId }) } },",
    )
    const fixed = load(upcast)
    expect(fixed.module.readEvent(old)).toEqual({
      kind: 'known',
      event: { type: 'OrderCreated', data: { orderId: 'o-1', customer: 'c-1' } },
      upcastFrom: 1,
    })
    fixed.sandbox.dispose()
  })
})

describe('a learner module that breaks the rules', () => {
  it('names the line and column of a syntax error', () => {
    const problem = problemOf('export default {\n  category: ,\n}')
    expect(problem.kind).toBe('compile')
    expect(problem.location).toEqual({ line: 2, column: 13 })
  })

  it('names the line of an error thrown while evolve folds a stored event', () => {
    const broken = orderTemplate.replace(
      "return { ...state, status: 'paid' }",
      'return { ...state, status: (null as unknown as { x: string }).x }',
    )
    const line = broken.split('\n').findIndex((text) => text.includes('(null as unknown')) + 1
    const events = [
      stored('MyOrder-o-1', 1, 'OrderCreated', { orderId: 'o-1', customerId: 'c-1' }),
      stored('MyOrder-o-1', 2, 'OrderPaid', { paymentMethod: 'paypal', amountCents: 0, paidAt: NOW }),
    ]
    const problem = problemOf(broken, events)
    expect(problem.message).toMatch(/^Line \d+, column \d+: Folding the stored events of MyOrder-o-1: TypeError/)
    expect(problem.location?.line).toBe(line)
  })

  it('stops an endless loop in decide within a second, and refuses the command', () => {
    const looping = orderTemplate.replace(
      "if (command.type === 'CreateOrder') {",
      "if (command.type === 'CreateOrder') {\n    while (command.orderId) {}",
    )
    const { module, sandbox } = load(looping)
    const started = Date.now()
    const decision = module.decider.decide(
      { type: 'CreateOrder', orderId: 'o-1', customerId: 'c-1' },
      module.decider.initialState,
    )
    expect(Date.now() - started).toBeLessThan(1000)
    expect(decision).toMatchObject({ ok: false, error: { code: 'LearnerCodeError' } })
    expect(!decision.ok && decision.error.message).toMatch(/Stopped after 0.5 s .*endless loop/)
    sandbox.dispose()
  })

  it('reports runaway recursion as a stack overflow', () => {
    const recursive = orderTemplate.replace(
      'function evolve(state: State, event: Event): State {',
      'function evolve(state: State, event: Event): State {\n  if (event.type === "ItemRemoved") return evolve(state, event)',
    )
    const problem = problemOf(recursive, [
      stored('MyOrder-o-1', 1, 'OrderCreated', { orderId: 'o-1', customerId: 'c-1' }),
      stored('MyOrder-o-1', 2, 'ItemRemoved', { itemId: 'apple' }),
    ])
    expect(problem.detail).toMatch(/Stack overflow/)
  })

  it('refuses an event with data that is not JSON, naming the event and the field', () => {
    const undefinedField = orderTemplate.replace(
      'data: { orderId: command.orderId, customerId: command.customerId }',
      'data: { orderId: command.orderId, customerId: undefined as unknown as string }',
    )
    const { module, sandbox } = load(undefinedField)
    const decision = module.decider.decide(
      { type: 'CreateOrder', orderId: 'o-1', customerId: 'c-1' },
      module.decider.initialState,
    )
    expect(!decision.ok && decision.error.message).toMatch(
      /event 1 \(OrderCreated\): data\.customerId: undefined is not JSON/,
    )
    sandbox.dispose()
  })

  it('reports an evolve that folds the same events to two states', () => {
    const counting = orderTemplate.replace(
      'function evolve(state: State, event: Event): State {',
      'let folds = 0\nfunction evolve(state: State, event: Event): State {\n  folds += 1\n  if (event.type === "OrderCreated") return { ...state, status: "created", orderId: String(folds) }',
    )
    const problem = problemOf(counting, [
      stored('MyOrder-o-1', 1, 'OrderCreated', { orderId: 'o-1', customerId: 'c-1' }),
    ])
    expect(problem.detail).toMatch(/evolve is not deterministic/)
  })

  it('gives evolve no clock and no randomness', () => {
    const clocked = orderTemplate.replace(
      "return { ...state, status: 'paid' }",
      'return { ...state, status: Math.random() > 0.5 ? "paid" : "created" }',
    )
    const problem = problemOf(clocked, [
      stored('MyOrder-o-1', 1, 'OrderCreated', { orderId: 'o-1', customerId: 'c-1' }),
      stored('MyOrder-o-1', 2, 'OrderPaid', { paymentMethod: 'paypal', amountCents: 0, paidAt: NOW }),
    ])
    expect(problem.detail).toMatch(/no randomness/)
  })

  it('refuses a module that imports, or that misses what a domain needs', () => {
    expect(problemOf("import { x } from './x'\nexport default x").detail).toMatch(/cannot import/)
    expect(problemOf(orderTemplate.replace("category: 'MyOrder'", "category: 'my order'")).message).toMatch(
      /category: must be a PascalCase name/,
    )
    expect(problemOf('export default { category: "Thing" }').message).toMatch(/^The module's /)
  })
})

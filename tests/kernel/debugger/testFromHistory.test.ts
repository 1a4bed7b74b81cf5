import { execFile } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { format, resolveConfig } from 'prettier'
import { afterAll, describe, expect, it } from 'vitest'
import { orderModule } from '../../../src/domains/order/module'
import {
  historyTestFile,
  historyTestFileName,
  testFromEvent,
  testFromRefusal,
  HISTORY_TEST_FOLDER,
  sourceOf,
  type HistoryTest,
} from '../../../src/kernel/debugger/testFromHistory'
import { createInMemoryEventStore } from '../../../src/kernel/eventstore'
import { sendOrder } from '../../kit/orderCommands'
import { walkthroughLog } from '../../kit/walkthroughLog'

const run = promisify(execFile)
const written: string[] = []
afterAll(async () => {
  await Promise.all(written.map((path) => rm(path, { force: true })))
})

/** Saves a generated file where it is meant to go and runs Vitest on it, as a learner would. */
async function vitestOn(test: HistoryTest, edit: (text: string) => string = (text) => text) {
  const text = historyTestFile(orderModule, test)
  if (text === null) throw new Error('the Order module names its source')
  await mkdir(HISTORY_TEST_FOLDER, { recursive: true })
  const path = `${HISTORY_TEST_FOLDER}/unit-${historyTestFileName(test)}`
  written.push(path)
  await writeFile(path, edit(text))
  return run('npx', ['vitest', 'run', path], { env: { ...process.env, CI: '' } }).then(
    ({ stdout }) => ({ passed: true, output: stdout }),
    (error: { stdout: string }) => ({ passed: false, output: error.stdout }),
  )
}

describe('a test from history', () => {
  it('takes the stream before the command, the command as recorded, and every event it appended', async () => {
    const log = await walkthroughLog()
    const paid = log[3]
    if (!paid) throw new Error('the walkthrough has four events')
    const test = testFromEvent(orderModule, log, paid)
    expect(test).toEqual({
      streamId: 'Order-order-001',
      position: 4,
      given: log.slice(0, 3).map(({ type, data }) => ({ type, data })),
      when: { type: 'PayOrder', orderId: 'order-001', paymentMethod: 'credit_card' },
      then: { kind: 'events', events: [{ type: 'OrderPaid', data: paid.data }] },
    })
    expect(historyTestFileName(test as HistoryTest)).toBe('order-order-001-at-4.test.ts')
  })

  it('is written as the project writes code: the formatter leaves it as it is', async () => {
    const log = await walkthroughLog()
    const test = testFromEvent(orderModule, log, log[1] as (typeof log)[number]) as HistoryTest
    const text = historyTestFile(orderModule, test) ?? ''
    const options = { ...(await resolveConfig('tests/generated/x.test.ts')), parser: 'typescript' }
    expect(await format(text, options)).toBe(text)
    expect(sourceOf({ 'odd key': "it's", list: [1, 'a'], nested: [{ a: null }] })).toBe(
      "{\n  'odd key': 'it\\'s',\n  list: [1, 'a'],\n  nested: [\n    {\n      a: null,\n    },\n  ],\n}",
    )
  })

  it('says why not for an event that records no command', async () => {
    const store = createInMemoryEventStore()
    await store.append('Order-x', [{ type: 'OrderCreated', data: { orderId: 'x', customerId: 'c' } }])
    const [event] = await store.readAll()
    if (!event) throw new Error('appended')
    expect(testFromEvent(orderModule, [event], event)).toMatch(/records no command/)
  })

  it('passes under Vitest as exported, and fails once the decider would answer otherwise', async () => {
    const log = await walkthroughLog()
    const test = testFromEvent(orderModule, log, log[2] as (typeof log)[number]) as HistoryTest
    const exported = await vitestOn(test)
    expect(exported.output).toMatch(/1 passed/)
    expect(exported.passed).toBe(true)
    // The same history, but the answer the decider gives today differs from the recorded one.
    const changed = await vitestOn(test, (text) => text.replace('quantity: 2', 'quantity: 3'))
    expect(changed.passed).toBe(false)
    expect(changed.output).toMatch(/1 failed/)
  }, 60_000)

  it('exports a refusal as a then that expects it', async () => {
    const store = createInMemoryEventStore()
    await sendOrder(store, { type: 'CreateOrder', orderId: 'o-1', customerId: 'c' })
    const stream = await store.readAll()
    const test = testFromRefusal(orderModule, 'Order-o-1', stream, {
      command: { type: 'PayOrder', orderId: 'o-1', paymentMethod: 'paypal' },
      code: 'EmptyOrder',
      message: 'An order needs items',
    })
    const text = historyTestFile(orderModule, test) ?? ''
    expect(text).toContain(".thenRejects('EmptyOrder')")
    const exported = await vitestOn(test)
    expect(exported.output).toMatch(/1 passed/)
  }, 60_000)
})

import { sendOrder } from '../../../kit/orderCommands'
import { describe, expect, it } from 'vitest'
import type { OrderCommand } from '../../../../src/domains/order'
import { createInMemoryEventStore, type RecordedEvent } from '../../../../src/kernel/eventstore'
import { currentAttempt, FIRST_ATTEMPT } from '../../../../src/kernel/learn/attempt'
import { orderModule } from '../../../../src/domains/order/module'
import { EXERCISES, type ExerciseInput, type LearnerActivity } from '../../../../src/domains/order/exercises'

const exercise = (number: number) => EXERCISES.find((e) => e.number === number)!

async function logOf(commands: readonly OrderCommand[]): Promise<RecordedEvent[]> {
  const store = createInMemoryEventStore()
  for (const command of commands) await sendOrder(store, command)
  return store.readAll()
}

function input(
  events: RecordedEvent[],
  answers: Record<string, string> = {},
  activity: LearnerActivity[] = [],
): ExerciseInput {
  return { events, allEvents: events, answers, activity, attempt: FIRST_ATTEMPT }
}

const create = (orderId: string, customerId = 'alice'): OrderCommand => ({ type: 'CreateOrder', orderId, customerId })
const add = (orderId: string, itemId: string, quantity = 1, unitPriceCents = 100): OrderCommand => ({
  type: 'AddItem',
  orderId,
  itemId,
  quantity,
  unitPriceCents,
})
const status = async (number: number, commands: OrderCommand[], answers?: Record<string, string>) =>
  exercise(number).check(input(await logOf(commands), answers)).status

describe('the exercises, in order', () => {
  it('are the learning path 1 to 8', () => {
    expect(EXERCISES.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    for (const e of EXERCISES) expect(e.criteria.length).toBeGreaterThan(20)
  })
})

describe('Exercise 1: create multiple orders', () => {
  it('passes with 3 ex1- orders for 2 customers', async () => {
    expect(await status(1, [create('ex1-a'), create('ex1-b', 'bob'), create('ex1-c')])).toBe('passed')
  })
  it.each([
    ['only 2 orders', [create('ex1-a'), create('ex1-b', 'bob')]],
    ['3 orders for 1 customer', [create('ex1-a'), create('ex1-b'), create('ex1-c')]],
    ['orders without the ex1- prefix', [create('a'), create('b', 'bob'), create('c')]],
  ])('is not passed with %s', async (_, commands) => {
    expect(await status(1, commands)).not.toBe('passed')
  })
  it('is not started on an empty log, in progress after one order', async () => {
    expect(await status(1, [])).toBe('not started')
    expect(await status(1, [create('ex1-a')])).toBe('in progress')
  })
})

describe('Exercise 2: a shopping cart', () => {
  it('passes with 3 different items, one with quantity above 1', async () => {
    expect(
      await status(2, [
        create('ex2-cart'),
        add('ex2-cart', 'apple', 2),
        add('ex2-cart', 'bread'),
        add('ex2-cart', 'milk'),
      ]),
    ).toBe('passed')
  })
  it('is not passed with 3 items all of quantity 1, or with 2 items', async () => {
    expect(
      await status(2, [
        create('ex2-cart'),
        add('ex2-cart', 'apple'),
        add('ex2-cart', 'bread'),
        add('ex2-cart', 'milk'),
      ]),
    ).toBe('in progress')
    expect(await status(2, [create('ex2-cart'), add('ex2-cart', 'apple', 5), add('ex2-cart', 'bread')])).toBe(
      'in progress',
    )
  })
})

describe('Exercise 3: modify an order', () => {
  it('passes when an item was removed and another remains', async () => {
    const commands = [
      create('ex3-x'),
      add('ex3-x', 'apple'),
      add('ex3-x', 'pear'),
      { type: 'RemoveItem', orderId: 'ex3-x', itemId: 'pear' } as const,
    ]
    expect(await status(3, commands)).toBe('passed')
  })
  it('is not passed when the only item was removed, or nothing was removed', async () => {
    expect(
      await status(3, [
        create('ex3-x'),
        add('ex3-x', 'apple'),
        { type: 'RemoveItem', orderId: 'ex3-x', itemId: 'apple' },
      ]),
    ).toBe('in progress')
    expect(await status(3, [create('ex3-x'), add('ex3-x', 'apple'), add('ex3-x', 'pear')])).toBe('in progress')
  })
})

describe('Exercise 4: create → pay', () => {
  it('passes when an ex4- order is paid', async () => {
    expect(
      await status(4, [
        create('ex4-f'),
        add('ex4-f', 'apple'),
        { type: 'PayOrder', orderId: 'ex4-f', paymentMethod: 'paypal' },
      ]),
    ).toBe('passed')
  })
  it('is not passed when it has items but is not paid', async () => {
    expect(await status(4, [create('ex4-f'), add('ex4-f', 'apple')])).toBe('in progress')
  })
})

describe('Exercise 5: query event history', () => {
  const prepared = exercise(5).setup!.commands(FIRST_ATTEMPT) as readonly OrderCommand[]
  it('is not started before the history is prepared', async () => {
    expect(await status(5, [], { item: 'pear', version: '5' })).toBe('not started')
  })
  it('passes with the removed item and its version', async () => {
    expect(await status(5, [...prepared], { item: 'pear', version: '5' })).toBe('passed')
    expect(await status(5, [...prepared], { item: ' Pear ', version: '5' })).toBe('passed')
  })
  it.each([
    ['the right item at the wrong version', { item: 'pear', version: '3' }],
    ['the global position of a later event', { item: 'pear', version: '6' }],
    ['another item', { item: 'fig', version: '5' }],
    ['one answer only', { item: 'pear' }],
  ])('is not passed with %s', async (_, answers) => {
    expect(await status(5, [...prepared], answers)).toBe('in progress')
  })
  it('says so when the answer is the event’s global position, not its stream version', async () => {
    // Another order first, so the ItemRemoved event's position (7) differs from its version (5).
    const events = await logOf([create('other'), create('other-2'), ...prepared])
    const removed = events.find((event) => event.type === 'ItemRemoved')
    expect([removed?.position, removed?.version]).toEqual([7, 5])
    const result = exercise(5).check(input(events, { item: 'pear', version: '7' }))
    expect(result.status).toBe('in progress')
    expect(result.detail).toMatch(/global position \(the # column\).*version of its stream \(the v column\)/)
  })
})

describe('Exercise 6: handle a version conflict', () => {
  const check = (activity: LearnerActivity[]) => exercise(6).check(input([], {}, activity)).status
  const conflict: LearnerActivity = { kind: 'conflict', streamId: 'Order-ex6-race', position: 3 }
  const resolved: LearnerActivity = { kind: 'conflict-resolved', streamId: 'Order-ex6-race', position: 4 }
  it('passes after a conflict and then its resolution on the same ex6- order', () => {
    expect(check([conflict, resolved])).toBe('passed')
  })
  it.each([
    ['a conflict never resolved', [conflict]],
    ['a resolution before the conflict', [resolved, conflict]],
    ['a resolution on another order', [conflict, { ...resolved, streamId: 'Order-ex6-other' }]],
    [
      'a conflict outside the exercise',
      [
        { ...conflict, streamId: 'Order-x' },
        { ...resolved, streamId: 'Order-x' },
      ],
    ],
  ])('is not passed with %s', (_, activity) => {
    expect(check(activity)).not.toBe('passed')
  })
})

describe('Exercise 7: cancel an order', () => {
  it('passes when an ex7- order with an item is cancelled', async () => {
    expect(
      await status(7, [
        create('ex7-o'),
        add('ex7-o', 'apple'),
        { type: 'CancelOrder', orderId: 'ex7-o', reason: 'oops' },
      ]),
    ).toBe('passed')
  })
  it('is not passed when cancelled without items, or paid instead', async () => {
    expect(await status(7, [create('ex7-o'), { type: 'CancelOrder', orderId: 'ex7-o', reason: 'oops' }])).toBe(
      'in progress',
    )
    expect(
      await status(7, [
        create('ex7-o'),
        add('ex7-o', 'apple'),
        { type: 'PayOrder', orderId: 'ex7-o', paymentMethod: 'paypal' },
      ]),
    ).toBe('in progress')
  })
})

describe('Exercise 8: time-travel query', () => {
  const prepared = exercise(8).setup!.commands(FIRST_ATTEMPT) as readonly OrderCommand[]
  it('asks about the position where the order reached version 3, and passes with its total then', async () => {
    const events = await logOf([create('other'), ...prepared])
    expect(exercise(8).question!(events, FIRST_ATTEMPT)).toBe('What was the total of ex8-timeline at position 4?')
    expect(exercise(8).check(input(events, { total: '13.00' })).status).toBe('passed')
    expect(exercise(8).check(input(events, { total: '$13' })).status).toBe('passed')
  })
  it.each([
    ['the total now', '20.50'],
    ['the total one event earlier', '4.50'],
    ['the total one event later', '8.50'],
    ['no answer', ''],
  ])('is not passed with %s', async (_, total) => {
    const events = await logOf([create('other'), ...prepared])
    expect(exercise(8).check(input(events, { total })).status).toBe('in progress')
  })
})

describe('an exercise again after Reset exercise', () => {
  /** The log after a first attempt, and the attempt that a reset at its end starts. */
  async function afterFirstAttempt(number: number, firstGo: readonly OrderCommand[]) {
    const events = await logOf(firstGo)
    const since = events.at(-1)?.position ?? 0
    return { events, since, attempt: currentAttempt(orderModule, exercise(number).ids, events, since) }
  }

  it('names fresh ids in the steps of exercise 1 once ex1-a, ex1-b and ex1-c exist', async () => {
    const { attempt } = await afterFirstAttempt(1, [create('ex1-a'), create('ex1-b', 'bob'), create('ex1-c')])
    expect(attempt.round).toBe(2)
    expect(exercise(1).steps.map((step) => attempt.text(step))[0]).toBe(
      'In Commands, set Order ID to ex1-a-2 and Customer ID to alice, then press Create order.',
    )
    expect(attempt.text('Order IDs must start with ex1- for this exercise to count them.')).toBe(
      'Order IDs must start with ex1- for this exercise to count them.',
    )
  })

  it('names a fresh race order in the steps of exercise 6 once ex6-race exists', async () => {
    const { attempt } = await afterFirstAttempt(6, [create('ex6-race'), add('ex6-race', 'apple')])
    expect(exercise(6).steps.map((step) => attempt.text(step))[0]).toBe(
      'Open the Conflict lab. In both panes, set Order ID to ex6-race-2; create it in Tab A, then press Load order in Tab B.',
    )
  })

  it('keeps the first ids when the reset happened before they were used', async () => {
    const { attempt } = await afterFirstAttempt(1, [create('other')])
    expect(attempt.round).toBe(1)
    expect(attempt.id('ex1-a')).toBe('ex1-a')
  })

  it('prepares a new history for exercise 5, with another question, and checks the answer against it', async () => {
    const first = exercise(5).setup!.commands(FIRST_ATTEMPT) as readonly OrderCommand[]
    const { events, since, attempt } = await afterFirstAttempt(5, first)
    const again = exercise(5).setup!.commands(attempt) as readonly OrderCommand[]
    expect(again.every((command) => command.orderId === 'ex5-history-2')).toBe(true)
    const log = await logOf([...first, ...again])
    const removed = log.find((event) => event.streamId === 'Order-ex5-history-2' && event.type === 'ItemRemoved')!
    expect(removed.data).not.toEqual({ itemId: 'pear' })
    expect(exercise(5).question!(log, attempt)).toContain('ex5-history-2')
    const check = (answers: Record<string, string>) =>
      exercise(5).check({ events: log.slice(since), allEvents: log, answers, activity: [], attempt }).status
    const itemId = (removed.data as { itemId: string }).itemId
    expect(check({ item: itemId, version: String(removed.version) })).toBe('passed')
    expect(check({ item: 'pear', version: '5' })).toBe('in progress')
    expect(events.length).toBeGreaterThan(0)
  })

  it('asks exercise 8 about a new order at a new position, with a total of its own', async () => {
    const first = exercise(8).setup!.commands(FIRST_ATTEMPT) as readonly OrderCommand[]
    const { since, attempt } = await afterFirstAttempt(8, first)
    const log = await logOf([...first, ...(exercise(8).setup!.commands(attempt) as readonly OrderCommand[])])
    expect(exercise(8).question!(log, attempt)).toBe('What was the total of ex8-timeline-2 at position 8?')
    const check = (total: string) =>
      exercise(8).check({ events: log.slice(since), allEvents: log, answers: { total }, activity: [], attempt }).status
    expect(check('14.50')).toBe('passed')
    expect(check('13.00')).toBe('in progress')
  })
})

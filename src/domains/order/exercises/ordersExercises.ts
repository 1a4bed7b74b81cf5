import { formatCents } from '../../../kernel/money'
import type { OrderState } from '..'
import { byStream, foldedOrders, orderEventsWithPrefix, type RecordedOrderEvent } from './logQueries'
import type { Exercise, ExerciseInput, ExerciseResult } from '../../../kernel/learn/types'

/** Orders of this prefix created inside the exercise's window, folded from their events there. */
function ordersOf(input: ExerciseInput, prefix: string): { state: OrderState; events: RecordedOrderEvent[] }[] {
  const streams = byStream(orderEventsWithPrefix(input.events, prefix))
  const states = foldedOrders([...streams.values()].flat())
  return [...streams]
    .filter(([, events]) => events[0]?.type === 'OrderCreated')
    .map(([streamId, events]) => ({ state: states.get(streamId)!, events }))
}

const passed = (detail: string): ExerciseResult => ({ status: 'passed', detail })
const inProgress = (detail: string): ExerciseResult => ({ status: 'in progress', detail })
const notStarted = (prefix: string): ExerciseResult => ({
  status: 'not started',
  detail: `No order whose id starts with ${prefix} yet.`,
})

export const exercise1: Exercise = {
  id: 'create-orders',
  number: 1,
  title: 'Create multiple orders',
  goal: 'See that every order is its own stream, with its own versions starting at 1.',
  steps: [
    'In Commands, set Order ID to ex1-a and Customer ID to alice, then press Create order.',
    'Create two more orders, ex1-b and ex1-c, at least one of them for another customer.',
    'Look at the event log: each order is a stream, and each OrderCreated is version 1 of its stream.',
  ],
  hints: [
    'Order IDs must start with ex1- for this exercise to count them.',
    'Two customers are enough: alice and bob, for example.',
    'Versions count per stream; positions count across the whole store.',
  ],
  concept: { name: 'Event store and streams', view: 'playground', panel: 'Event log' },
  criteria: 'At least 3 orders with ids starting with ex1- are created, for at least 2 different customers.',
  ids: ['ex1-a', 'ex1-b', 'ex1-c'],
  check(input) {
    const orders = ordersOf(input, 'ex1-')
    if (orders.length === 0) return notStarted('ex1-')
    const customers = new Set(orders.map((order) => order.state.customerId))
    if (orders.length >= 3 && customers.size >= 2) {
      return passed(`${orders.length} orders for ${customers.size} customers.`)
    }
    return inProgress(`${orders.length} of 3 orders, ${customers.size} of 2 customers.`)
  },
}

export const exercise2: Exercise = {
  id: 'shopping-cart',
  number: 2,
  title: 'Build a shopping cart with items',
  goal: 'Watch state being derived: the total is never stored, it is folded from ItemAdded events.',
  steps: [
    'Create order ex2-cart.',
    'Add three different items; give at least one of them a quantity above 1.',
    'In Replayed state, check that the total is the sum of quantity × unit price.',
  ],
  hints: [
    'Change Item ID between additions: apple, bread, milk.',
    'Adding the same item again adds to its quantity instead of making a new line.',
  ],
  concept: { name: 'Aggregate and replay', view: 'playground', panel: 'Replayed state' },
  criteria:
    'One order with an id starting with ex2- holds at least 3 different items, at least one with quantity above 1.',
  ids: ['ex2-cart'],
  check(input) {
    const orders = ordersOf(input, 'ex2-')
    if (orders.length === 0) return notStarted('ex2-')
    const best = orders.find(({ state }) => state.items.length >= 3 && state.items.some((line) => line.quantity > 1))
    if (best) return passed(`${best.state.orderId} holds ${best.state.items.length} items.`)
    const most = Math.max(...orders.map(({ state }) => state.items.length))
    return inProgress(`The fullest ex2- cart holds ${most} of 3 items, or none has a quantity above 1.`)
  },
}

export const exercise3: Exercise = {
  id: 'modify-order',
  number: 3,
  title: 'Modify an order (add and remove items)',
  goal: 'See that removing is a new event: the ItemAdded that came before stays in the log for ever.',
  steps: [
    'Create order ex3-change and add two items.',
    'Remove one of them with Remove item.',
    'Find both the ItemAdded and the ItemRemoved of that item in the event log.',
  ],
  hints: ['Remove item uses the Item ID field: type the id of an item that is in the order.', 'The log never shrinks.'],
  concept: { name: 'Events are immutable', view: 'playground', panel: 'Event log' },
  criteria: 'One order with an id starting with ex3- has an ItemRemoved event and still holds at least 1 item.',
  ids: ['ex3-change'],
  check(input) {
    const orders = ordersOf(input, 'ex3-')
    if (orders.length === 0) return notStarted('ex3-')
    const done = orders.find(
      ({ state, events }) => events.some((event) => event.type === 'ItemRemoved') && state.items.length >= 1,
    )
    if (done) return passed(`${done.state.orderId} had an item removed and still holds ${done.state.items.length}.`)
    return inProgress('No ex3- order has both an ItemRemoved and an item left.')
  },
}

export const exercise4: Exercise = {
  id: 'complete-workflow',
  number: 4,
  title: 'Complete the order workflow (create → pay)',
  goal: 'Follow an order through its life: created, filled, paid, and closed to changes.',
  steps: [
    'Create order ex4-flow and add at least one item.',
    'Choose a payment method and press Pay order.',
    'Try to add another item: the order refuses, because it is paid.',
  ],
  hints: ['An empty order cannot be paid.', 'OrderPaid records the amount charged: look at its data.'],
  concept: { name: 'Invariants and state transitions', view: 'playground', panel: 'Commands' },
  criteria: 'One order with an id starting with ex4- is created, has at least 1 item, and is paid.',
  ids: ['ex4-flow'],
  check(input) {
    const orders = ordersOf(input, 'ex4-')
    if (orders.length === 0) return notStarted('ex4-')
    const paid = orders.find(({ state }) => state.status === 'paid')
    if (paid) return passed(`${paid.state.orderId} was paid: ${formatCents(paid.state.totalCents)}.`)
    return inProgress('No ex4- order is paid yet.')
  },
}

export const exercise7: Exercise = {
  id: 'cancel-order',
  number: 7,
  title: 'Cancel an order',
  goal: 'Cancelling is an event too: the order keeps its history and records why it ended.',
  steps: [
    'Create order ex7-oops and add an item.',
    'Type a reason and press Cancel order.',
    'Try to pay it: the order refuses, because it is cancelled.',
  ],
  hints: ['A reason is required.', 'A paid order cannot be cancelled, so cancel before you pay.'],
  concept: { name: 'Invariants and state transitions', view: 'playground', panel: 'Commands' },
  criteria: 'One order with an id starting with ex7- got at least 1 item and was then cancelled with a reason.',
  ids: ['ex7-oops'],
  check(input) {
    const orders = ordersOf(input, 'ex7-')
    if (orders.length === 0) return notStarted('ex7-')
    const done = orders.find(
      ({ state, events }) => state.status === 'cancelled' && events.some((event) => event.type === 'ItemAdded'),
    )
    if (done) return passed(`${done.state.orderId} was cancelled: ${done.state.cancelReason}.`)
    return inProgress('No ex7- order with an item has been cancelled yet.')
  },
}

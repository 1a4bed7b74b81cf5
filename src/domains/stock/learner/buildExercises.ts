import type { BuildExercise } from '../../../kernel/learner/buildExercise'
import type { LearnerEvent } from '../../../kernel/learner/learnerDomain'

const received = (quantity: number): LearnerEvent => ({ type: 'StockReceived', data: { sku: 'apple', quantity } })
const reserved = (quantity: number): LearnerEvent => ({ type: 'StockReserved', data: { sku: 'apple', quantity } })
const reserve = (quantity: number) => ({ type: 'ReserveStock', sku: 'apple', quantity })

/** The material's third next step, as a domain of its own: stock that never goes below zero. */
export const trackInventory: BuildExercise = {
  id: 'build-inventory',
  title: 'Track inventory',
  startFrom: 'Blank',
  goal: 'Write a stock domain from the blank template: stock is received and reserved, and never goes below zero.',
  steps: [
    'Start from: Blank, and name the category (Stock, say) and the idField sku.',
    'Declare the events StockReceived and StockReserved, each { sku: text, quantity: integer }, and the commands ReceiveStock and ReserveStock with the fields sku and quantity.',
    'Keep the stock on hand in the state; refuse a reservation that would take it below zero.',
    'Run it, receive and reserve some stock, then press Check.',
  ],
  criteria:
    'ReceiveStock decides StockReceived; ReserveStock decides StockReserved while enough is on hand and is refused otherwise.',
  cases: [
    {
      name: 'stock is received',
      given: [],
      when: { type: 'ReceiveStock', sku: 'apple', quantity: 5 },
      then: { events: [{ type: 'StockReceived', data: { quantity: 5 } }] },
    },
    {
      name: 'received stock can be reserved',
      given: [received(10)],
      when: reserve(4),
      then: { events: [{ type: 'StockReserved', data: { quantity: 4 } }] },
    },
    { name: 'nothing can be reserved before stock arrives', given: [], when: reserve(1), then: { refused: true } },
    {
      name: 'stock never goes below zero',
      given: [received(10), reserved(8)],
      when: reserve(3),
      then: { refused: true },
    },
    {
      name: 'all of it can be reserved',
      given: [received(10), reserved(8)],
      when: reserve(2),
      then: { events: [{ type: 'StockReserved', data: { quantity: 2 } }] },
    },
  ],
}

/**
 * The build exercises done as a learner would: edits to a template's source, each with a near miss
 * that a hidden case must catch. Shared by the unit tests and the Playwright specs.
 */

function edit(source: string, edits: readonly (readonly [string, string])[]): string {
  return edits.reduce((text, [find, replace]) => {
    if (!text.includes(find)) throw new Error(`The template no longer holds: ${find}`)
    return text.replace(find, replace)
  }, source)
}

const CANCEL_EVOLVE = "    case 'OrderCancelled':\n      return { ...state, status: 'cancelled' }"

/** Ship an order; the near miss ships an unpaid order too (it only refuses a cancelled one). */
export function shipSolution(orderTemplate: string, { nearMiss = false } = {}): string {
  const rule = nearMiss ? "state.status === 'cancelled'" : "state.status !== 'paid'"
  return edit(orderTemplate, [
    [
      "type Status = 'none' | 'created' | 'paid' | 'cancelled'",
      "type Status = 'none' | 'created' | 'paid' | 'cancelled' | 'shipped'",
    ],
    [
      "  | { type: 'CancelOrder'; orderId: string; reason: string }",
      "  | { type: 'CancelOrder'; orderId: string; reason: string }\n  | { type: 'ShipOrder'; orderId: string }",
    ],
    [
      "  | { type: 'OrderCancelled'; data: { reason: string } }",
      "  | { type: 'OrderCancelled'; data: { reason: string } }\n  | { type: 'OrderShipped'; data: Record<string, never> }",
    ],
    [
      '  switch (command.type) {',
      `  if (command.type === 'ShipOrder') {\n    if (${rule}) return { error: \`This order is \${state.status}: only a paid order ships.\` }\n    return [{ type: 'OrderShipped', data: {} }]\n  }\n  switch (command.type) {`,
    ],
    [CANCEL_EVOLVE, `${CANCEL_EVOLVE}\n    case 'OrderShipped':\n      return { ...state, status: 'shipped' }`],
    ["    OrderCancelled: { reason: 'text' },", "    OrderCancelled: { reason: 'text' },\n    OrderShipped: {},"],
    ['  commands: [', "  commands: [\n    { type: 'ShipOrder', label: 'Ship order', fields: [orderId] },"],
  ])
}

/** Refunds; the near miss checks each refund against the payment but forgets the earlier refunds. */
export function refundSolution(orderTemplate: string, { nearMiss = false } = {}): string {
  const already = nearMiss ? '' : 'state.refundedCents + '
  return edit(orderTemplate, [
    ['  totalCents: number\n}', '  totalCents: number\n  paidCents: number\n  refundedCents: number\n}'],
    [
      "  | { type: 'CancelOrder'; orderId: string; reason: string }",
      "  | { type: 'CancelOrder'; orderId: string; reason: string }\n  | { type: 'RefundOrder'; orderId: string; amountCents: number }",
    ],
    [
      "  | { type: 'OrderCancelled'; data: { reason: string } }",
      "  | { type: 'OrderCancelled'; data: { reason: string } }\n  | { type: 'OrderRefunded'; data: { amountCents: number } }",
    ],
    [
      '  switch (command.type) {',
      `  if (command.type === 'RefundOrder') {\n    if (state.status !== 'paid') return { error: 'Only a paid order can be refunded.' }\n    if (${already}command.amountCents > state.paidCents) return { error: 'That would refund more than was paid.' }\n    return [{ type: 'OrderRefunded', data: { amountCents: command.amountCents } }]\n  }\n  switch (command.type) {`,
    ],
    [
      "      return { ...state, status: 'paid' }",
      "      return { ...state, status: 'paid', paidCents: event.data.amountCents }",
    ],
    [
      CANCEL_EVOLVE,
      `${CANCEL_EVOLVE}\n    case 'OrderRefunded':\n      return { ...state, refundedCents: state.refundedCents + event.data.amountCents }`,
    ],
    [
      "    OrderCancelled: { reason: 'text' },",
      "    OrderCancelled: { reason: 'text' },\n    OrderRefunded: { amountCents: 'money' },",
    ],
    [
      '  commands: [',
      "  commands: [\n    { type: 'RefundOrder', label: 'Refund order', fields: [orderId, { name: 'amountCents', label: 'Amount', kind: 'money', min: 1 }] },",
    ],
    ['items: [], totalCents: 0 }', 'items: [], totalCents: 0, paidCents: 0, refundedCents: 0 }'],
  ])
}

/** A stock domain written from the blank template; the near miss forgets what is already reserved. */
export function inventorySolution({ nearMiss = false } = {}): string {
  const onHand = nearMiss ? 'state.received' : 'state.received - state.reserved'
  return `interface State {
  sku: string
  received: number
  reserved: number
}
type Command = { type: 'ReceiveStock' | 'ReserveStock'; sku: string; quantity: number }
type Event = { type: 'StockReceived' | 'StockReserved'; data: { sku: string; quantity: number } }

const fields = [
  { name: 'sku', label: 'SKU', kind: 'id', defaultValue: 'apple' },
  { name: 'quantity', label: 'Quantity', kind: 'integer', min: 1, defaultValue: '5' },
] as const

export default {
  category: 'Stock',
  title: 'Stock',
  entityName: 'stock item',
  idField: 'sku',
  events: {
    StockReceived: { sku: 'text', quantity: 'integer' },
    StockReserved: { sku: 'text', quantity: 'integer' },
  },
  commands: [
    { type: 'ReceiveStock', label: 'Receive stock', fields },
    { type: 'ReserveStock', label: 'Reserve stock', fields },
  ],
  initialState: { sku: '', received: 0, reserved: 0 },
  decide(command: Command, state: State): Event[] | { error: string } {
    if (command.type === 'ReceiveStock') return [{ type: 'StockReceived', data: { sku: command.sku, quantity: command.quantity } }]
    if (command.quantity > ${onHand}) return { error: \`Only \${${onHand}} on hand.\` }
    return [{ type: 'StockReserved', data: { sku: command.sku, quantity: command.quantity } }]
  },
  evolve(state: State, event: Event): State {
    if (event.type === 'StockReceived') return { ...state, sku: event.data.sku, received: state.received + event.data.quantity }
    return { ...state, reserved: state.reserved + event.data.quantity }
  },
}
`
}

// The Order, written as a learner's module: the copy the Build view offers as "Start from: Order".
// It runs in the sandbox, so it imports nothing but types.
import type { DecideContext, LearnerDomain } from '../../../kernel/learner/learnerDomain'

type Status = 'none' | 'created' | 'paid' | 'cancelled'
interface Line {
  itemId: string
  quantity: number
  unitPriceCents: number
}
interface State {
  status: Status
  orderId: string
  customerId: string
  items: Line[]
  totalCents: number
}

type Command =
  | { type: 'CreateOrder'; orderId: string; customerId: string }
  | { type: 'AddItem'; orderId: string; itemId: string; quantity: number; unitPriceCents: number }
  | { type: 'RemoveItem'; orderId: string; itemId: string }
  | { type: 'PayOrder'; orderId: string; paymentMethod: string }
  | { type: 'CancelOrder'; orderId: string; reason: string }

type Event =
  | { type: 'OrderCreated'; data: { orderId: string; customerId: string } }
  | { type: 'ItemAdded'; data: { itemId: string; quantity: number; unitPriceCents: number } }
  | { type: 'ItemRemoved'; data: { itemId: string } }
  | { type: 'OrderPaid'; data: { paymentMethod: string; amountCents: number; paidAt: string } }
  | { type: 'OrderCancelled'; data: { reason: string } }

const orderId = { name: 'orderId', label: 'Order ID', kind: 'id', defaultValue: 'order-001' } as const
const totalOf = (items: Line[]) => items.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0)

function decide(command: Command, state: State, context: DecideContext): Event[] | { error: string } {
  if (command.type === 'CreateOrder') {
    if (state.status !== 'none') return { error: `Order ${command.orderId} already exists.` }
    return [{ type: 'OrderCreated', data: { orderId: command.orderId, customerId: command.customerId } }]
  }
  if (state.status === 'none') return { error: 'This order does not exist yet: create it first.' }
  switch (command.type) {
    case 'AddItem':
      if (state.status !== 'created')
        return { error: `This order is ${state.status}: items change only while it is created.` }
      return [
        {
          type: 'ItemAdded',
          data: { itemId: command.itemId, quantity: command.quantity, unitPriceCents: command.unitPriceCents },
        },
      ]
    case 'RemoveItem':
      if (state.status !== 'created')
        return { error: `This order is ${state.status}: items change only while it is created.` }
      if (!state.items.some((line) => line.itemId === command.itemId))
        return { error: `There is no ${command.itemId} in this order.` }
      return [{ type: 'ItemRemoved', data: { itemId: command.itemId } }]
    case 'PayOrder':
      if (state.status !== 'created')
        return { error: `This order is ${state.status}: only a created order can be paid.` }
      if (state.items.length === 0) return { error: 'An empty order cannot be paid: add an item first.' }
      return [
        {
          type: 'OrderPaid',
          data: { paymentMethod: command.paymentMethod, amountCents: state.totalCents, paidAt: context.now },
        },
      ]
    case 'CancelOrder':
      if (state.status !== 'created')
        return { error: `This order is ${state.status}: only a created order can be cancelled.` }
      return [{ type: 'OrderCancelled', data: { reason: command.reason } }]
  }
}

function evolve(state: State, event: Event): State {
  switch (event.type) {
    case 'OrderCreated':
      return { ...state, status: 'created', orderId: event.data.orderId, customerId: event.data.customerId }
    case 'ItemAdded': {
      const items = [...state.items, { ...event.data }]
      return { ...state, items, totalCents: totalOf(items) }
    }
    case 'ItemRemoved': {
      const items = state.items.filter((line) => line.itemId !== event.data.itemId)
      return { ...state, items, totalCents: totalOf(items) }
    }
    case 'OrderPaid':
      return { ...state, status: 'paid' }
    case 'OrderCancelled':
      return { ...state, status: 'cancelled' }
  }
}

const domain: LearnerDomain<Command, Event, State> = {
  category: 'MyOrder',
  title: 'My order',
  entityName: 'order',
  idField: 'orderId',
  events: {
    OrderCreated: { orderId: 'text', customerId: 'text' },
    ItemAdded: { itemId: 'text', quantity: 'integer', unitPriceCents: 'money' },
    ItemRemoved: { itemId: 'text' },
    OrderPaid: { paymentMethod: 'text', amountCents: 'money', paidAt: 'text' },
    OrderCancelled: { reason: 'text' },
  },
  commands: [
    {
      type: 'CreateOrder',
      label: 'Create order',
      fields: [orderId, { name: 'customerId', label: 'Customer ID', kind: 'id', defaultValue: 'customer-123' }],
    },
    {
      type: 'AddItem',
      label: 'Add item',
      fields: [
        orderId,
        { name: 'itemId', label: 'Item ID', kind: 'id', defaultValue: 'apple' },
        { name: 'quantity', label: 'Quantity', kind: 'integer', min: 1, max: 1000, defaultValue: '3' },
        { name: 'unitPriceCents', label: 'Unit price', kind: 'money', min: 1, defaultValue: '1.50' },
      ],
    },
    {
      type: 'RemoveItem',
      label: 'Remove item',
      fields: [orderId, { name: 'itemId', label: 'Item ID', kind: 'id', defaultValue: 'apple' }],
    },
    {
      type: 'PayOrder',
      label: 'Pay order',
      fields: [
        orderId,
        {
          name: 'paymentMethod',
          label: 'Payment method',
          kind: 'enum',
          options: ['credit_card', 'paypal'],
          defaultValue: 'credit_card',
        },
      ],
    },
    {
      type: 'CancelOrder',
      label: 'Cancel order',
      fields: [orderId, { name: 'reason', label: 'Reason', kind: 'text', defaultValue: '' }],
    },
  ],
  initialState: { status: 'none', orderId: '', customerId: '', items: [], totalCents: 0 },
  decide,
  evolve,
  lifecycle: {
    field: 'status',
    states: [
      { id: 'none', label: 'not created' },
      { id: 'created', label: 'created' },
      { id: 'paid', label: 'paid' },
      { id: 'cancelled', label: 'cancelled' },
    ],
    transitions: [
      { event: 'OrderCreated', from: 'none', to: 'created' },
      { event: 'ItemAdded', from: 'created', to: 'created' },
      { event: 'ItemRemoved', from: 'created', to: 'created' },
      { event: 'OrderPaid', from: 'created', to: 'paid' },
      { event: 'OrderCancelled', from: 'created', to: 'cancelled' },
    ],
  },
  projections: [
    {
      name: 'orders',
      title: 'My orders',
      eventTypes: ['OrderCreated', 'ItemAdded', 'ItemRemoved', 'OrderPaid', 'OrderCancelled'],
      columns: [
        { label: 'Order', field: 'orderId' },
        { label: 'Status', field: 'status' },
        { label: 'Events', field: 'events' },
      ],
      handle: (row: { orderId: string; status: string; events: number } | undefined, event) => ({
        orderId: event.type === 'OrderCreated' ? String(event.data.orderId) : (row?.orderId ?? ''),
        status:
          { OrderCreated: 'created', OrderPaid: 'paid', OrderCancelled: 'cancelled' }[event.type] ?? row?.status ?? '',
        events: (row?.events ?? 0) + 1,
      }),
    },
  ],
  sample: [
    { type: 'CreateOrder', orderId: 'order-001', customerId: 'customer-123' },
    { type: 'AddItem', orderId: 'order-001', itemId: 'apple', quantity: 3, unitPriceCents: 150 },
    { type: 'PayOrder', orderId: 'order-001', paymentMethod: 'credit_card' },
  ],
}

export default domain

import type { CommandField, DomainModule } from '../../kernel/domainModule'
import { orderCommandsTowards } from './towards'
import { formatCents } from '../../kernel/money'
import type { Projection } from '../../kernel/readside/projection'
import type { OrderCommand } from './commands'
import { decideOrder, orderIdProblem } from './decide'
import { describeOrderChanges } from './describeChanges'
import { diffOrderState } from './diff'
import { MAX_ID_LENGTH, MAX_QUANTITY, MAX_REASON_LENGTH, MAX_UNIT_PRICE_CENTS } from './errors'
import { ORDER_EVENT_TYPES, PAYMENT_METHODS, type OrderEvent } from './events'
import { ORDER_LIFECYCLE } from './lifecycle'
import { customerHistoryProjection, orderSummaryProjection, salesReportProjection } from './projections'
import { EXERCISES } from './exercises'
import { longOrderEvents } from './longOrder'
import { SCRIPTED_RACES } from './races'
import { readOrderEvent } from './reading'
import { SAMPLE_COMMANDS } from './samples/commands'
import { replayOrder } from './replay'
import { evolveOrder, initialOrderState, lineTotalCents, ORDER_STATUS_WORDS, type OrderState } from './state'
import { summarizeStoredOrderEvent } from './summarize'
import { ORDER_SCHEMA_VERSION } from './upcasters'

/**
 * The shape of OrderState that snapshots hold. Raise it whenever OrderState changes shape:
 * older snapshots are then ignored, and new ones are taken from the events.
 */
export const ORDER_STATE_SHAPE_VERSION = 1

const orderId: CommandField = {
  name: 'orderId',
  label: 'Order ID',
  kind: 'id',
  maxLength: MAX_ID_LENGTH,
  defaultValue: 'order-001',
}
const itemId: CommandField = {
  name: 'itemId',
  label: 'Item ID',
  kind: 'id',
  maxLength: MAX_ID_LENGTH,
  defaultValue: 'apple',
}

/** The Order aggregate of the learning material: create, add and remove items, pay or cancel. */
export const orderModule: DomainModule<OrderCommand, OrderEvent, OrderState> = {
  category: 'Order',
  source: { path: 'src/domains/order/module', exportName: 'orderModule' },
  commandsTowards: orderCommandsTowards,
  title: 'Order',
  entityName: 'order',
  targetOf: (command) => command.orderId,
  idProblem: orderIdProblem,
  commands: [
    {
      type: 'CreateOrder',
      label: 'Create order',
      fields: [
        orderId,
        {
          name: 'customerId',
          label: 'Customer ID',
          kind: 'id',
          maxLength: MAX_ID_LENGTH,
          defaultValue: 'customer-123',
        },
      ],
    },
    {
      type: 'AddItem',
      label: 'Add item',
      fields: [
        orderId,
        itemId,
        { name: 'quantity', label: 'Quantity', kind: 'integer', min: 1, max: MAX_QUANTITY, defaultValue: '3' },
        {
          name: 'unitPriceCents',
          label: 'Unit price',
          kind: 'money',
          min: 1,
          max: MAX_UNIT_PRICE_CENTS,
          defaultValue: '1.50',
          description: 'In dollars; stored as whole cents.',
        },
      ],
    },
    { type: 'RemoveItem', label: 'Remove item', fields: [orderId, itemId] },
    {
      type: 'PayOrder',
      label: 'Pay order',
      fields: [
        orderId,
        {
          name: 'paymentMethod',
          label: 'Payment method',
          kind: 'enum',
          options: PAYMENT_METHODS,
          defaultValue: 'credit_card',
        },
      ],
    },
    {
      type: 'CancelOrder',
      label: 'Cancel order',
      fields: [
        orderId,
        { name: 'reason', label: 'Reason', kind: 'text', maxLength: MAX_REASON_LENGTH, defaultValue: '' },
      ],
    },
  ],
  eventTypes: ORDER_EVENT_TYPES,
  schemaVersion: ORDER_SCHEMA_VERSION,
  readEvent: readOrderEvent,
  decider: { decide: decideOrder, evolve: evolveOrder, initialState: initialOrderState },
  replay: replayOrder,
  stateShapeVersion: ORDER_STATE_SHAPE_VERSION,
  summarize: summarizeStoredOrderEvent,
  diff: diffOrderState,
  describeChanges: describeOrderChanges,
  nameOf: (state) => state.orderId,
  stateFields: (state) => [
    { label: 'Status', value: ORDER_STATUS_WORDS[state.status] },
    { label: 'Customer', value: state.customerId ?? '—' },
    { label: 'Total', value: formatCents(state.totalCents) },
    { label: 'Version', value: String(state.version) },
  ],
  headline: (state) => formatCents(state.totalCents),
  stateTables: (state) => [
    {
      caption: `Items of ${state.orderId ?? ''}`,
      columns: ['Item', 'Quantity', 'Unit price', 'Line total'],
      rows: state.items.map((line) => ({
        key: line.itemId,
        cells: [
          line.itemId,
          String(line.quantity),
          formatCents(line.unitPriceCents),
          formatCents(lineTotalCents(line)),
        ],
      })),
      empty: 'No items.',
    },
  ],
  lifecycle: ORDER_LIFECYCLE,
  projections: [
    orderSummaryProjection,
    salesReportProjection,
    customerHistoryProjection,
  ] as readonly Projection<unknown>[],
  sample: SAMPLE_COMMANDS,
  walkthrough: 'Create order, Add item (apple), Add item again with banana, 2 at 0.75, then Pay order',
  exercises: EXERCISES,
  races: SCRIPTED_RACES,
  longStream: longOrderEvents,
}

import { addItemCommand, type OrderCommand } from '../commands'

/** The learning material's walkthrough: order-001 totals $6.00 and is paid at version 4. */
export const WALKTHROUGH_SAMPLE: readonly OrderCommand[] = [
  { type: 'CreateOrder', orderId: 'order-001', customerId: 'customer-123' },
  addItemCommand('order-001', 'apple', 3, 150),
  addItemCommand('order-001', 'banana', 2, 75),
  { type: 'PayOrder', orderId: 'order-001', paymentMethod: 'credit_card' },
]

/** A richer day: several customers, a removed item, a cancelled order and an order still open. */
export const RICHER_SAMPLE: readonly OrderCommand[] = [
  { type: 'CreateOrder', orderId: 'order-002', customerId: 'customer-456' },
  addItemCommand('order-002', 'coffee', 2, 425),
  addItemCommand('order-002', 'mug', 1, 1200),
  { type: 'RemoveItem', orderId: 'order-002', itemId: 'mug' },
  { type: 'PayOrder', orderId: 'order-002', paymentMethod: 'paypal' },
  { type: 'CreateOrder', orderId: 'order-003', customerId: 'customer-789' },
  addItemCommand('order-003', 'book', 1, 1850),
  { type: 'CancelOrder', orderId: 'order-003', reason: 'Found it cheaper elsewhere' },
  { type: 'CreateOrder', orderId: 'order-004', customerId: 'customer-123' },
  addItemCommand('order-004', 'tea', 3, 310),
  addItemCommand('order-004', 'apple', 6, 150),
]

export const SAMPLE_COMMANDS: readonly OrderCommand[] = [...WALKTHROUGH_SAMPLE, ...RICHER_SAMPLE]

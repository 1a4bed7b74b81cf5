import { sendOrder } from './orderCommands'
import type { EventStore } from '../../src/kernel/eventstore'

/** Records a few orders through the command handler: two paid, one cancelled, one open. */
export async function recordOrders(store: EventStore, prefix = 'o'): Promise<void> {
  for (let index = 1; index <= 4; index += 1) {
    const orderId = `${prefix}-${index}`
    await sendOrder(store, { type: 'CreateOrder', orderId, customerId: `c-${index % 2}` })
    await sendOrder(store, { type: 'AddItem', orderId, itemId: 'apple', quantity: index, unitPriceCents: 150 })
    await sendOrder(store, { type: 'AddItem', orderId, itemId: 'pear', quantity: 1, unitPriceCents: 200 })
    if (index <= 2) await sendOrder(store, { type: 'PayOrder', orderId, paymentMethod: 'paypal' })
    if (index === 3) await sendOrder(store, { type: 'CancelOrder', orderId, reason: 'changed my mind' })
  }
}

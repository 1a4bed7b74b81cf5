import type { Lifecycle } from '../../kernel/domainModule'
import type { OrderEvent } from './events'
import { ORDER_STATUS_WORDS, type OrderState, type OrderStatus } from './state'

const STATUSES: readonly OrderStatus[] = ['not_created', 'created', 'paid', 'cancelled']

/** The Order's lifecycle: created, then paid or cancelled; items come and go while it is open. */
export const ORDER_LIFECYCLE: Lifecycle<OrderEvent, OrderState> = {
  states: STATUSES.map((status) => ({ id: status, label: ORDER_STATUS_WORDS[status] })),
  transitions: [
    { event: 'OrderCreated', from: 'not_created', to: 'created' },
    { event: 'ItemAdded', from: 'created', to: 'created' },
    { event: 'ItemRemoved', from: 'created', to: 'created' },
    { event: 'OrderPaid', from: 'created', to: 'paid' },
    { event: 'OrderCancelled', from: 'created', to: 'cancelled' },
  ],
  statusOf: (state) => state.status,
}

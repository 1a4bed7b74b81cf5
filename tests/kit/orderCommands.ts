import type { OrderCommand } from '../../src/domains/order'
import { orderModule } from '../../src/domains/order/module'
import { handleCommand, loadStream } from '../../src/kernel/commands/handleCommand'
import type { EventStore, NewEventMetadata } from '../../src/kernel/eventstore'

/** Sends one Order command through the generic command path, as the page does. */
export const sendOrder = (
  store: EventStore,
  command: OrderCommand,
  metadata?: Omit<NewEventMetadata, 'schemaVersion'>,
) => handleCommand(orderModule, store, command, metadata ? { metadata } : {})

/** Loads one order's stream through the generic command path. */
export const loadOrder = (store: EventStore, orderId: string) => loadStream(orderModule, store, orderId)

import { sendOrder } from './orderCommands'
import { WALKTHROUGH_SAMPLE } from '../../src/domains/order/samples/commands'
import { createInMemoryEventStore, type RecordedEvent } from '../../src/kernel/eventstore'

/** The learning material's walkthrough as a stored log: order-001, four events. */
export async function walkthroughLog(): Promise<RecordedEvent[]> {
  const store = createInMemoryEventStore({ sessionId: 'tab-1' })
  for (const command of WALKTHROUGH_SAMPLE) await sendOrder(store, command)
  return store.readAll()
}

/** Events as an import gives them back: everything but the position, which is assigned anew. */
export function withoutPositions(events: readonly RecordedEvent[]): Record<string, unknown>[] {
  return events.map((event) => Object.fromEntries(Object.entries(event).filter(([key]) => key !== 'position')))
}

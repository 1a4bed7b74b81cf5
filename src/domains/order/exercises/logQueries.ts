import { asOrderEvent, replayOrder, type OrderEvent, type OrderState } from '..'
import { copyEvent, type RecordedEvent } from '../../../kernel/eventstore'

export type RecordedOrderEvent = RecordedEvent & OrderEvent

/** Order events of orders whose id starts with `prefix`. */
export function orderEventsWithPrefix(events: readonly RecordedEvent[], prefix: string): RecordedOrderEvent[] {
  const found: RecordedOrderEvent[] = []
  for (const event of events) {
    if (!event.streamId.startsWith(`Order-${prefix}`)) continue
    const read = asOrderEvent(event)
    // An upcast event is read with today's type and data; the rest of its envelope is as stored.
    if (read) found.push(copyEvent(event, { type: read.type, data: read.data }) as RecordedOrderEvent)
  }
  return found
}

/** The events grouped by stream, in position order. */
export function byStream<T extends RecordedEvent>(events: readonly T[]): Map<string, T[]> {
  const streams = new Map<string, T[]>()
  for (const event of events) streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event])
  return streams
}

/** Each order's state folded from the given events only. */
export function foldedOrders(events: readonly RecordedEvent[]): Map<string, OrderState> {
  return new Map([...byStream(events)].map(([streamId, stream]) => [streamId, replayOrder(stream)]))
}

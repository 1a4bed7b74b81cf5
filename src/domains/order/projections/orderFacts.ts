import { initialOrderState, replayOrderEvent, type OrderState } from '..'
import type { ProjectionEvent } from '../../../kernel/readside/projection'

/** Order streams are the ones projections read; other categories pass by. */
export function isOrderStream(event: ProjectionEvent): boolean {
  return event.streamId.startsWith('Order-')
}

/** An order's state after one more event, for projections that keep the order they are folding. */
export function nextOrderState(previous: OrderState | undefined, event: ProjectionEvent): OrderState {
  return replayOrderEvent(previous ?? initialOrderState, event)
}

/** The calendar day (UTC) of an ISO time: the sales report's bucket. */
export function dayOf(isoTime: string): string {
  return isoTime.slice(0, 10)
}

import { applyRowChanges, type Projection, type ProjectionEvent } from './projection'

/** Every event delivered twice in a row, as an at-least-once bus may do after a retry. */
export function deliverEachTwice<Event>(events: readonly Event[]): Event[] {
  return events.flatMap((event) => [event, event])
}

/**
 * Runs a projection over a sequence of deliveries. With `skipSeen`, a delivery at or before the
 * checkpoint (the last position applied) is ignored, which makes the handler idempotent; without it,
 * a repeated delivery is applied again.
 */
export function projectDeliveries<Row>(
  projection: Projection<Row>,
  deliveries: readonly ProjectionEvent[],
  options: { readonly skipSeen: boolean },
): Map<string, Row> {
  const rows = new Map<string, Row>()
  const rowOf = (key: string) => rows.get(key)
  let checkpoint = 0
  for (const event of deliveries) {
    if (options.skipSeen && event.position <= checkpoint) continue
    applyRowChanges(rows, projection.handle(event, rowOf))
    checkpoint = Math.max(checkpoint, event.position)
  }
  return rows
}

/** An NDJSON log of `count` events across `orders` orders, as Export NDJSON writes it. */
export function bigNdjsonLog(count: number, orders: number, prefix = 'big'): string {
  const lines: string[] = []
  for (let index = 0; index < count; index += 1) {
    const order = index % orders
    const version = Math.floor(index / orders) + 1
    lines.push(
      JSON.stringify({
        eventId: `${prefix}-${index}`,
        streamId: `Order-${prefix}-${order}`,
        version,
        type: version === 1 ? 'OrderCreated' : 'ItemAdded',
        data:
          version === 1
            ? { orderId: `${prefix}-${order}`, customerId: 'c' }
            : { itemId: 'apple', quantity: 1, unitPriceCents: 100 },
        metadata: { correlationId: `${prefix}-${order}`, causationId: null, sessionId: 'seed', schemaVersion: 1 },
        recordedAt: '2026-11-20T10:00:00.000Z',
      }),
    )
  }
  return lines.join('\n')
}

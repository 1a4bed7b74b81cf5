import { interleavedOrderLog } from '../../tests/kit/interleavedOrderLog'

/** An NDJSON log of `count` events across `orders` orders, as Export NDJSON writes it. */
export function bigNdjsonLog(count: number, orders: number, prefix = 'big'): string {
  return interleavedOrderLog(orders, count / orders, prefix, 'seed')
    .map((event) => JSON.stringify(event))
    .join('\n')
}

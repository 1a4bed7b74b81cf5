import { useMemo, useState } from 'react'
import { useDeferredPosition } from '../../../react/useTimeTravel'
import { usePlayground } from '../../../react/PlaygroundProvider'
import { deliverEachTwice, projectDeliveries } from '../../../kernel/readside/deliveries'
import { orderSummaryProjection } from '../projections'
import { formatCents } from '../../../kernel/money'
import { ScrollingTable } from '../../../uikit/ScrollingTable'

/** How many orders the comparison lists. */
const SHOWN_ORDERS = 10

/**
 * The same Order summary projection fed every event twice: once behind the checkpoint check
 * (idempotent) and once without it, so the learner sees the total double count.
 */
export function DuplicateDeliveryDemo() {
  const [twice, setTwice] = useState(false)
  const log = usePlayground((state) => state.log)
  const position = useDeferredPosition()
  const comparison = useMemo(() => {
    if (!twice) return null
    const deliveries = deliverEachTwice(log.events.slice(0, position))
    const idempotent = projectDeliveries(orderSummaryProjection, deliveries, { skipSeen: true })
    const naive = projectDeliveries(orderSummaryProjection, deliveries, { skipSeen: false })
    return [...idempotent.values()].slice(0, SHOWN_ORDERS).map((row) => ({
      orderId: row.orderId,
      correct: row.totalCents,
      naive: naive.get(row.streamId)?.totalCents ?? 0,
    }))
  }, [twice, log, position])

  return (
    <div className="duplicate-demo">
      <h3>Idempotent handlers</h3>
      <label className="check">
        <input type="checkbox" checked={twice} onChange={(event) => setTwice(event.target.checked)} />
        Deliver every event twice
      </label>
      {comparison === null ? (
        <p className="panel-hint">
          Buses deliver at least once, so a handler may see an event again after a retry. Turn this on to compare the
          Order summary with and without its checkpoint check.
        </p>
      ) : (
        <ScrollingTable>
          <caption>Order totals when every event arrives twice</caption>
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Idempotent handler</th>
              <th scope="col">Naive handler</th>
            </tr>
          </thead>
          <tbody>
            {comparison.map((row) => (
              <tr key={row.orderId}>
                <th scope="row">{row.orderId}</th>
                <td>{formatCents(row.correct)}</td>
                <td className={row.naive === row.correct ? undefined : 'wrong'}>{formatCents(row.naive)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollingTable>
      )}
    </div>
  )
}

import { useOrdersAtCursor, useSelectedOrder } from '../../app/hooks'
import { usePlayground } from '../../app/PlaygroundProvider'
import { selectPosition } from '../../app/selectors'
import { lineTotalCents, type OrderState } from '../../domain/order'
import { formatCents } from '../../domain/shared/money'
import { LabelledValue } from '../components/LabelledValue'

const STATUS_WORDS: Record<OrderState['status'], string> = {
  not_created: 'not created',
  created: 'created',
  paid: 'paid',
  cancelled: 'cancelled',
}

function OrderList() {
  const orders = useOrdersAtCursor()
  const selectOrder = usePlayground((state) => state.selectOrder)
  const { streamId: selected } = useSelectedOrder()
  if (orders.size === 0) return <p className="empty">No orders at this position.</p>
  return (
    <ul className="order-list" aria-label="Orders">
      {[...orders].map(([streamId, order]) => (
        <li key={streamId}>
          <button
            type="button"
            className="order-pick"
            aria-pressed={streamId === selected}
            onClick={() => selectOrder(streamId)}
          >
            <span className="order-id">{order.orderId}</span>
            <span className={`status status-${order.status}`}>{STATUS_WORDS[order.status]}</span>
            <span className="num">{formatCents(order.totalCents)}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}

function OrderItems({ order }: { order: OrderState }) {
  if (order.items.length === 0) return <p className="empty">No items.</p>
  return (
    <table className="items-table">
      <caption className="visually-hidden">Items of {order.orderId}</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Quantity</th>
          <th scope="col">Unit price</th>
          <th scope="col">Line total</th>
        </tr>
      </thead>
      <tbody>
        {order.items.map((line) => (
          <tr key={line.itemId}>
            <th scope="row">{line.itemId}</th>
            <td className="num">{line.quantity}</td>
            <td className="num">{formatCents(line.unitPriceCents)}</td>
            <td className="num">{formatCents(lineTotalCents(line))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The selected order, folded from its events up to the time-travel position. */
export function ReplayedStatePanel() {
  const { state: order } = useSelectedOrder()
  const position = usePlayground(selectPosition)
  return (
    <section aria-labelledby="replayed-state-heading" className="panel replayed-panel">
      <h2 id="replayed-state-heading">Replayed state</h2>
      <p className="panel-hint">Folded from the events up to position {position}.</p>
      <OrderList />
      {order && (
        <div className="order-state" aria-label={`Order ${order.orderId ?? ''}`} role="group">
          <h3>Order {order.orderId}</h3>
          <div className="fields">
            <LabelledValue label="Status" value={STATUS_WORDS[order.status]} />
            <LabelledValue label="Customer" value={order.customerId ?? '—'} />
            <LabelledValue label="Total" value={formatCents(order.totalCents)} />
            <LabelledValue label="Version" value={String(order.version)} />
          </div>
          <OrderItems order={order} />
        </div>
      )}
    </section>
  )
}

import { orderModule } from '../../domains/order/module'
import { memo, useMemo } from 'react'
import { useDeferredPosition, useStatesAtCursor, useSelectedState } from '../../react/useTimeTravel'
import { usePlayground } from '../../react/PlaygroundProvider'
import { lineTotalCents, ORDER_STATUS_WORDS, type OrderState } from '../../domains/order'
import { formatCents, groupThousands } from '../../kernel/money'
import type { StatesView } from '../../kernel/timeline/timeline'
import { LabelledValue } from '../../uikit/LabelledValue'
import { AsOfVersion } from './AsOfVersion'
import { useFixedRowVirtualizer } from '../../uikit/useFixedRowVirtualizer'

const ORDER_ROW_HEIGHT = 36

const OrderRow = memo(function OrderRow(props: {
  streamId: string
  order: OrderState
  selected: boolean
  onSelect: (streamId: string) => void
  top: number
}) {
  const { streamId, order, selected, onSelect, top } = props
  return (
    <div role="listitem" className="order-row" style={{ transform: `translateY(${top}px)`, height: ORDER_ROW_HEIGHT }}>
      <button type="button" className="order-pick" aria-pressed={selected} onClick={() => onSelect(streamId)}>
        <span className="order-id">{order.orderId}</span>
        <span className={`status status-${order.status}`}>{ORDER_STATUS_WORDS[order.status]}</span>
        <span className="num">{formatCents(order.totalCents)}</span>
      </button>
    </div>
  )
})

/** Every order as of the position, virtualised: a thousand orders cost what the visible ones do. */
function OrderList({ orders, selected }: { orders: StatesView<OrderState>; selected: string | null }) {
  const selectOrder = usePlayground((state) => state.selectOrder)
  // Only the ids: an order's state is folded when its row is on screen.
  const streamIds = useMemo(() => [...orders.keys()], [orders])
  const { scrollRef, virtualizer } = useFixedRowVirtualizer(streamIds.length, ORDER_ROW_HEIGHT, 6, 4)
  if (streamIds.length === 0) return <p className="empty">No orders at this position.</p>
  return (
    <div className="order-list" ref={scrollRef}>
      <div role="list" aria-label="Orders" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const streamId = streamIds[item.index]
          const order = streamId === undefined ? undefined : orders.get(streamId)
          if (streamId === undefined || !order) return null
          return (
            <OrderRow
              key={streamId}
              streamId={streamId}
              order={order}
              selected={streamId === selected}
              onSelect={selectOrder}
              top={item.start}
            />
          )
        })}
      </div>
    </div>
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
  const orders = useStatesAtCursor<OrderState>(orderModule.category)
  const { streamId, state: order } = useSelectedState(orders)
  const position = useDeferredPosition()
  return (
    <section aria-labelledby="replayed-state-heading" className="panel replayed-panel">
      <h2 id="replayed-state-heading">Replayed state</h2>
      <p className="panel-hint">Folded from the events up to position {groupThousands(position)}.</p>
      <OrderList orders={orders} selected={streamId} />
      {order && (
        <div className="order-state" aria-label={`Order ${order.orderId ?? ''}`} role="group">
          <h3>Order {order.orderId}</h3>
          <div className="fields">
            <LabelledValue label="Status" value={ORDER_STATUS_WORDS[order.status]} />
            <LabelledValue label="Customer" value={order.customerId ?? '—'} />
            <LabelledValue label="Total" value={formatCents(order.totalCents)} />
            <LabelledValue label="Version" value={String(order.version)} />
          </div>
          <OrderItems order={order} />
          {streamId && order.orderId && <AsOfVersion streamId={streamId} orderId={order.orderId} />}
        </div>
      )}
    </section>
  )
}

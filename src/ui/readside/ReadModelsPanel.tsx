import { useDeferredPosition } from '../../react/useTimeTravel'
import { usePlayground } from '../../react/PlaygroundProvider'
import { useReadModelAtCursor, useReadModelRunner } from '../../react/useReadModels'
import type {
  CustomerHistoryRow,
  CustomerRow,
  OrderSummaryRow,
  SalesDayRow,
  SalesItemRow,
  SalesReportRow,
} from '../../domains/order/projections'
import { formatCents, groupThousands } from '../../kernel/money'
import { eachReadModel } from '../../playground/readModels'
import { OnScreen } from '../../uikit/OnScreen'
import { formatRecordedAt } from '../../uikit/format'
import { DuplicateDeliveryDemo } from './DuplicateDeliveryDemo'
import { ReadModelStatus } from './ReadModelStatus'
import { ReadModelTable } from './ReadModelTable'

/** A table with its header and one row: the usual first sight, drawn without moving the page. */
const TABLE_FLOOR_HEIGHT = 64

function OrderSummaryTable() {
  const { rows } = useReadModelAtCursor<OrderSummaryRow>('orderSummary')
  return (
    <ReadModelTable
      caption="Order summary"
      noun="order"
      columns={['Order', 'Customer', 'Items', 'Total', 'Status', 'Last updated']}
      rows={[...rows.values()]}
      rowKey={(row) => row.streamId}
      cells={(row) => [
        row.orderId,
        row.customerId,
        row.itemCount,
        formatCents(row.totalCents),
        row.status,
        formatRecordedAt(row.lastUpdated),
      ]}
    />
  )
}

function SalesReportTables() {
  const { rows } = useReadModelAtCursor<SalesReportRow>('salesReport')
  const all = [...rows.values()]
  const days = all.filter((row): row is SalesDayRow => row.kind === 'day').sort((a, b) => a.day.localeCompare(b.day))
  const items = all.filter((row): row is SalesItemRow => row.kind === 'item')
  return (
    <div className="two-tables">
      <ReadModelTable
        caption="Revenue by day"
        noun="day"
        columns={['Day (UTC)', 'Paid orders', 'Revenue']}
        rows={days}
        rowKey={(row) => row.day}
        cells={(row) => [row.day, row.paidOrders, formatCents(row.revenueCents)]}
      />
      <ReadModelTable
        caption="Revenue by item"
        noun="item"
        columns={['Item', 'Units sold', 'Revenue']}
        rows={items}
        rowKey={(row) => row.itemId}
        cells={(row) => [row.itemId, row.quantity, formatCents(row.revenueCents)]}
      />
    </div>
  )
}

function CustomerHistoryTable() {
  const { rows } = useReadModelAtCursor<CustomerHistoryRow>('customerHistory')
  const customers = [...rows.values()].filter((row): row is CustomerRow => row.kind === 'customer')
  return (
    <ReadModelTable
      caption="Customer history"
      noun="customer"
      columns={['Customer', 'Orders', 'Lifetime value']}
      wrapColumns={[1]}
      rows={customers}
      rowKey={(row) => row.customerId}
      cells={(row) => [
        row.customerId,
        row.orders.map((order) => `${order.orderId} (${order.status})`).join(', '),
        formatCents(row.lifetimeValueCents),
      ]}
    />
  )
}

/** The query side: three tables kept from the log by projections, live or as of the cursor. */
export function ReadModelsPanel() {
  const readModels = usePlayground((state) => state.readModels)
  const live = usePlayground((state) => state.cursor === null)
  const position = useDeferredPosition()
  const paused = useReadModelRunner('orderSummary').status === 'paused'
  return (
    <section aria-labelledby="read-models-heading" className="panel read-models-panel" tabIndex={-1}>
      <h2 id="read-models-heading">Read models</h2>
      <p className="panel-hint">
        {live
          ? 'Live: the query side. Each table is kept in IndexedDB by a projection that applies new events after its checkpoint. Commands never write here.'
          : `As of position ${groupThousands(position)}: each table is its projection folded over the log up to the cursor. The stored tables stay live, at their checkpoints.`}
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={paused}
          onChange={(event) => {
            for (const runner of eachReadModel(readModels)) void runner.setPaused(event.target.checked)
          }}
        />
        Pause projections (watch the lag grow, then resume to catch up)
      </label>
      <h3>Order summary</h3>
      <ReadModelStatus name="orderSummary" title="Order summary" />
      <OnScreen minHeight={TABLE_FLOOR_HEIGHT}>
        <OrderSummaryTable />
      </OnScreen>
      <h3>Sales report</h3>
      <ReadModelStatus name="salesReport" title="Sales report" />
      <OnScreen minHeight={TABLE_FLOOR_HEIGHT}>
        <SalesReportTables />
      </OnScreen>
      <h3>Customer history</h3>
      <ReadModelStatus name="customerHistory" title="Customer history" />
      <OnScreen minHeight={TABLE_FLOOR_HEIGHT}>
        <CustomerHistoryTable />
      </OnScreen>
      <DuplicateDeliveryDemo />
    </section>
  )
}

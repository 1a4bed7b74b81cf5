import type { OrderState } from '..'
import { orderModule } from '../module'
import { useMemo } from 'react'
import { useStatesAtCursor, useSelectedState } from '../../../react/useTimeTravel'
import { usePlayground } from '../../../react/PlaygroundProvider'
import { useReadModelAtCursor } from '../../../react/useReadModels'
import { initialOrderState, replayOrderEvent } from '..'
import type { SalesDayRow, SalesReportRow } from '../projections'
import { OnScreen } from '../../../uikit/OnScreen'
import { CHART_BLOCK_HEIGHT, centsToDollars } from '../../../uikit/ChartFigure'
import { DollarsBarChart } from '../../../uikit/DollarsBarChart'
import { DollarsByVersionChart, type DollarsAtVersion } from '../../../uikit/DollarsByVersionChart'

const dollars = centsToDollars

/** The selected order's total after each of its versions, with the version at the cursor marked. */
function OrderTotalChart() {
  const orders = useStatesAtCursor<OrderState>(orderModule.category)
  const { streamId, state } = useSelectedState(orders)
  const log = usePlayground((state) => state.log)
  const points = useMemo(() => {
    const totals: DollarsAtVersion[] = []
    let order = initialOrderState
    for (const event of streamId === null ? [] : log.streamEvents(streamId)) {
      order = replayOrderEvent(order, event)
      totals.push({ version: order.version, value: dollars(order.totalCents) })
    }
    return totals
  }, [log, streamId])
  return (
    <DollarsByVersionChart
      title={`Total of ${state?.orderId ?? 'the selected order'} by version`}
      name="Total"
      points={points}
      cursorVersion={state?.version ?? 0}
      empty="No order selected."
    />
  )
}

/** Revenue by day, read from the Sales report read model (the query side). */
function RevenueChart() {
  const { rows } = useReadModelAtCursor<SalesReportRow>('salesReport')
  const days = [...rows.values()]
    .filter((row): row is SalesDayRow => row.kind === 'day')
    .sort((a, b) => a.day.localeCompare(b.day))
    .map((row) => ({ label: row.day, cents: row.revenueCents }))
  return (
    <DollarsBarChart title="Revenue over time (Sales report)" name="Revenue" bars={days} empty="No paid orders yet." />
  )
}

/** The Order's charts: the selected order's total by version, and revenue from the Sales report. */
export default function OrderCharts() {
  return (
    <>
      <OnScreen minHeight={CHART_BLOCK_HEIGHT}>
        <OrderTotalChart />
      </OnScreen>
      <OnScreen minHeight={CHART_BLOCK_HEIGHT}>
        <RevenueChart />
      </OnScreen>
    </>
  )
}

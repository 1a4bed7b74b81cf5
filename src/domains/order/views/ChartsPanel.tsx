import type { OrderState } from '..'
import { orderModule } from '../module'
import { useMemo } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import {
  useDeferredPosition,
  useShownStreamWords,
  useStatesAtCursor,
  useSelectedState,
} from '../../../react/useTimeTravel'
import { usePlayground } from '../../../react/PlaygroundProvider'
import { useReadModelAtCursor } from '../../../react/useReadModels'
import { initialOrderState, replayOrderEvent } from '..'
import type { SalesDayRow, SalesReportRow } from '../projections'
import { OnScreen } from '../../../uikit/OnScreen'
import { CHART_TICK, CHART_TOOLTIP } from '../../../uikit/chartStyle'

/** A chart with its caption, the height kept while it is off screen. */
const CHART_BLOCK_HEIGHT = 210
const CHART_MARGIN = { top: 18, right: 16, bottom: 4, left: 0 }
const TICK = CHART_TICK

const dollars = (cents: number) => Math.round(cents) / 100
const formatDollars = (value: number) => `$${value.toFixed(2)}`

function Chart({ title, children, empty }: { title: string; children: React.ReactElement; empty: string | null }) {
  return (
    <figure className="chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      {empty ? (
        <p className="empty">{empty}</p>
      ) : (
        <ResponsiveContainer width="100%" height={180}>
          {children}
        </ResponsiveContainer>
      )}
    </figure>
  )
}

/** The selected order's total after each of its versions, with the version at the cursor marked. */
function OrderTotalChart() {
  const orders = useStatesAtCursor<OrderState>(orderModule.category)
  const { streamId, state } = useSelectedState(orders)
  const log = usePlayground((state) => state.log)
  const points = useMemo(() => {
    const totals: { version: number; total: number }[] = []
    let order = initialOrderState
    for (const event of streamId === null ? [] : log.streamEvents(streamId)) {
      order = replayOrderEvent(order, event)
      totals.push({ version: order.version, total: dollars(order.totalCents) })
    }
    return totals
  }, [log, streamId])
  return (
    <Chart
      title={`Total of ${state?.orderId ?? 'the selected order'} by version`}
      empty={points.length ? null : 'No order selected.'}
    >
      <LineChart data={points} margin={CHART_MARGIN}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="version" allowDecimals={false} tick={TICK} />
        <YAxis tickFormatter={formatDollars} width={56} tick={TICK} />
        <Tooltip {...CHART_TOOLTIP} formatter={(value) => formatDollars(Number(value))} />
        <Line type="stepAfter" dataKey="total" name="Total" stroke="var(--chart-a)" isAnimationActive={false} />
        {state && state.version > 0 && (
          <ReferenceLine
            x={state.version}
            stroke="var(--warn)"
            // Beside the line, on the side with room: the last version's line is at the chart's right edge.
            label={{
              value: 'cursor',
              position: state.version === points.at(-1)?.version ? 'insideTopRight' : 'insideTopLeft',
              fontSize: 11,
            }}
          />
        )}
      </LineChart>
    </Chart>
  )
}

/** How many events of each type are in the log up to the cursor. */
function EventsByTypeChart() {
  const log = usePlayground((state) => state.log)
  const position = useDeferredPosition()
  const counts = useMemo(() => {
    const byType = new Map<string, number>()
    for (const event of log.events.slice(0, position)) byType.set(event.type, (byType.get(event.type) ?? 0) + 1)
    return [...byType].map(([type, count]) => ({ type, count }))
  }, [log, position])
  return (
    <Chart title="Events by type" empty={counts.length ? null : 'No events at this position.'}>
      <BarChart data={counts} margin={{ ...CHART_MARGIN, left: 28 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="type" interval={0} tick={TICK} angle={-25} textAnchor="end" height={56} />
        <YAxis allowDecimals={false} width={40} tick={TICK} />
        <Tooltip {...CHART_TOOLTIP} />
        <Bar dataKey="count" name="Events" fill="var(--chart-a)" isAnimationActive={false} />
      </BarChart>
    </Chart>
  )
}

/** Revenue by day, read from the Sales report read model (the query side). */
function RevenueChart() {
  const { rows } = useReadModelAtCursor<SalesReportRow>('salesReport')
  const days = [...rows.values()]
    .filter((row): row is SalesDayRow => row.kind === 'day')
    .sort((a, b) => a.day.localeCompare(b.day))
    .map((row) => ({ day: row.day, revenue: dollars(row.revenueCents) }))
  return (
    <Chart title="Revenue over time (Sales report)" empty={days.length ? null : 'No paid orders yet.'}>
      <BarChart data={days} margin={CHART_MARGIN}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="day" tick={TICK} />
        <YAxis tickFormatter={formatDollars} width={56} tick={TICK} />
        <Tooltip {...CHART_TOOLTIP} formatter={(value) => formatDollars(Number(value))} />
        <Bar dataKey="revenue" name="Revenue" fill="var(--chart-b)" isAnimationActive={false} />
      </BarChart>
    </Chart>
  )
}

export default function ChartsPanel() {
  const { streamId } = useSelectedState(useStatesAtCursor<OrderState>(orderModule.category))
  const shownWords = useShownStreamWords(orderModule, streamId)
  return (
    <section aria-labelledby="charts-heading" className="panel charts-panel">
      <h2 id="charts-heading">Charts</h2>
      <p className="shown-stream">{shownWords}</p>
      <div className="chart-grid">
        <OnScreen minHeight={CHART_BLOCK_HEIGHT}>
          <OrderTotalChart />
        </OnScreen>
        <OnScreen minHeight={CHART_BLOCK_HEIGHT}>
          <EventsByTypeChart />
        </OnScreen>
        <OnScreen minHeight={CHART_BLOCK_HEIGHT}>
          <RevenueChart />
        </OnScreen>
      </div>
    </section>
  )
}

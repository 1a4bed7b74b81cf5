import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import { useReadModelAtCursor } from '../../../react/useReadModels'
import { CHART_BLOCK_HEIGHT, CHART_MARGIN, ChartFigure } from '../../../uikit/ChartFigure'
import { CHART_TICK, CHART_TOOLTIP } from '../../../uikit/chartStyle'
import { OnScreen } from '../../../uikit/OnScreen'
import { ITEM_STATUSES } from '../events'
import type { StatusCountRow } from '../projections'

/** How many items are in each status at the cursor, from the Status counts read model. */
function StatusCountsChart() {
  const { rows } = useReadModelAtCursor<StatusCountRow>('catalogStatusCounts')
  const counts = ITEM_STATUSES.map((status) => ({ status, count: rows.get(status)?.count ?? 0 }))
  const empty = counts.every((entry) => entry.count === 0)
  return (
    <ChartFigure title="Items by status (Status counts)" empty={empty ? 'No items yet.' : null}>
      <BarChart data={counts} margin={CHART_MARGIN}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="status" tick={CHART_TICK} />
        <YAxis allowDecimals={false} width={40} tick={CHART_TICK} />
        <Tooltip {...CHART_TOOLTIP} />
        <Bar dataKey="count" name="Items" fill="var(--chart-b)" isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  )
}

/** The catalog's charts. */
export default function CatalogCharts() {
  return (
    <OnScreen minHeight={CHART_BLOCK_HEIGHT}>
      <StatusCountsChart />
    </OnScreen>
  )
}

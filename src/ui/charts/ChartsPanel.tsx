import { useMemo } from 'react'
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import { DomainView } from '../../react/DomainViews'
import { useDomain, usePlayground } from '../../react/PlaygroundProvider'
import {
  useDeferredPosition,
  useSelectedState,
  useShownStreamWords,
  useStatesAtCursor,
} from '../../react/useTimeTravel'
import { CHART_BLOCK_HEIGHT, CHART_MARGIN, ChartFigure } from '../../uikit/ChartFigure'
import { CHART_TICK, CHART_TOOLTIP } from '../../uikit/chartStyle'
import { OnScreen } from '../../uikit/OnScreen'

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
    <ChartFigure title="Events by type" empty={counts.length ? null : 'No events at this position.'}>
      <BarChart data={counts} margin={{ ...CHART_MARGIN, left: 28 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="type" interval={0} tick={CHART_TICK} angle={-25} textAnchor="end" height={56} />
        <YAxis allowDecimals={false} width={40} tick={CHART_TICK} />
        <Tooltip {...CHART_TOOLTIP} />
        <Bar dataKey="count" name="Events" fill="var(--chart-a)" isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  )
}

/** The chosen domain's own charts (each in its own figure), then the log's events by type. */
export default function ChartsPanel() {
  const domain = useDomain()
  const { streamId } = useSelectedState(useStatesAtCursor(domain.category))
  const shownWords = useShownStreamWords(domain, streamId)
  return (
    <section aria-labelledby="charts-heading" className="panel charts-panel">
      <h2 id="charts-heading">Charts</h2>
      <p className="shown-stream">{shownWords}</p>
      <div className="chart-grid">
        <DomainView slot="charts" />
        <OnScreen minHeight={CHART_BLOCK_HEIGHT}>
          <EventsByTypeChart />
        </OnScreen>
      </div>
    </section>
  )
}

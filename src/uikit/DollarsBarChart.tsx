import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import { CHART_TICK, CHART_TOOLTIP } from './chartStyle'
import { centsToDollars, CHART_MARGIN, ChartFigure, formatDollars } from './ChartFigure'

/** An amount of money per label (a day, a year), as bars: revenue by day, deposits per year. */
export function DollarsBarChart(props: {
  title: string
  /** The bars' name in the tooltip: "Revenue". */
  name: string
  bars: readonly { readonly label: string; readonly cents: number }[]
  empty: string
}) {
  const { title, name, bars, empty } = props
  const data = bars.map((bar) => ({ label: bar.label, value: centsToDollars(bar.cents) }))
  return (
    <ChartFigure title={title} empty={data.length ? null : empty}>
      <BarChart data={data} margin={CHART_MARGIN}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={CHART_TICK} />
        <YAxis tickFormatter={formatDollars} width={64} tick={CHART_TICK} />
        <Tooltip {...CHART_TOOLTIP} formatter={(value) => formatDollars(Number(value))} />
        <Bar dataKey="value" name={name} fill="var(--chart-b)" isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  )
}

import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { CHART_TICK, CHART_TOOLTIP } from './chartStyle'
import { CHART_MARGIN, ChartFigure, formatDollars } from './ChartFigure'

export interface DollarsAtVersion {
  readonly version: number
  /** In dollars, as the axis plots them. */
  readonly value: number
}

/**
 * One money figure of one stream after each of its versions (an order's total, an account's
 * balance), with the version at the cursor marked and, if asked, the zero line.
 */
export function DollarsByVersionChart(props: {
  title: string
  /** The line's name in the tooltip: "Total", "Balance". */
  name: string
  points: readonly DollarsAtVersion[]
  /** The stream's version at the cursor; 0 marks nothing. */
  cursorVersion: number
  empty: string
  showZero?: boolean
}) {
  const { title, name, points, cursorVersion, empty, showZero = false } = props
  return (
    <ChartFigure title={title} empty={points.length ? null : empty}>
      <LineChart data={[...points]} margin={CHART_MARGIN}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="version" allowDecimals={false} tick={CHART_TICK} />
        <YAxis tickFormatter={formatDollars} width={64} tick={CHART_TICK} />
        <Tooltip {...CHART_TOOLTIP} formatter={(value) => formatDollars(Number(value))} />
        {showZero && <ReferenceLine y={0} stroke="var(--muted)" strokeDasharray="4 2" />}
        <Line type="stepAfter" dataKey="value" name={name} stroke="var(--chart-a)" isAnimationActive={false} />
        {cursorVersion > 0 && (
          <ReferenceLine
            x={cursorVersion}
            stroke="var(--warn)"
            // Beside the line, on the side with room: the last version's line is at the chart's right edge.
            label={{
              value: 'cursor',
              position: cursorVersion === points.at(-1)?.version ? 'insideTopRight' : 'insideTopLeft',
              fontSize: 11,
            }}
          />
        )}
      </LineChart>
    </ChartFigure>
  )
}

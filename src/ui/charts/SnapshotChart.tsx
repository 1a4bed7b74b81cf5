import { CHART_TICK, CHART_TOOLTIP } from '../../uikit/chartStyle'
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { SnapshotMeasurement } from '../../kernel/snapshots/measureLoads'
import { groupThousands } from '../../kernel/money'
import { ScrollingTable } from '../../uikit/ScrollingTable'

const WITHOUT_COLOUR = 'var(--chart-a)'
const WITH_COLOUR = 'var(--chart-b)'

function MeasurementChart(props: {
  title: string
  measurements: readonly SnapshotMeasurement[]
  without: keyof SnapshotMeasurement
  withSnapshots: keyof SnapshotMeasurement
  unit: string
}) {
  const { title, measurements, without, withSnapshots, unit } = props
  return (
    <figure className="chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={200}>
        <LineChart data={[...measurements]} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="version" tickFormatter={(value: number) => groupThousands(value)} tick={CHART_TICK} />
          <YAxis unit={unit} width={72} tick={CHART_TICK} />
          <Tooltip {...CHART_TOOLTIP} />
          <Legend />
          <Line
            type="monotone"
            dataKey={without}
            name="Without snapshots"
            stroke={WITHOUT_COLOUR}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey={withSnapshots}
            name="With snapshots"
            stroke={WITH_COLOUR}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  )
}

/** Events read and milliseconds to load one order at growing lengths, with and without snapshots. */
export default function SnapshotChart(props: {
  /** What one entity is called: "order". */
  entity: string
  streamId: string
  every: number
  measurements: readonly SnapshotMeasurement[]
}) {
  const { entity, streamId, every, measurements } = props
  return (
    <div className="snapshot-chart">
      <p className="panel-hint">
        {streamId}, loaded at each length; snapshots every {groupThousands(every)} events. Times are medians of five
        loads in this browser.
      </p>
      <div className="chart-pair">
        <MeasurementChart
          title={`Events read to load the ${entity}`}
          measurements={measurements}
          without="eventsReadWithout"
          withSnapshots="eventsReadWith"
          unit=""
        />
        <MeasurementChart
          title={`Milliseconds to load the ${entity}`}
          measurements={measurements}
          without="millisecondsWithout"
          withSnapshots="millisecondsWith"
          unit=" ms"
        />
      </div>
      <ScrollingTable>
        <caption>Snapshot measurements</caption>
        <thead>
          <tr>
            <th scope="col">Stream length</th>
            <th scope="col">Events read without</th>
            <th scope="col">Events read with</th>
            <th scope="col">ms without</th>
            <th scope="col">ms with</th>
          </tr>
        </thead>
        <tbody>
          {measurements.map((row) => (
            <tr key={row.version}>
              <th scope="row">{groupThousands(row.version)}</th>
              <td>{groupThousands(row.eventsReadWithout)}</td>
              <td>{groupThousands(row.eventsReadWith)}</td>
              <td>{row.millisecondsWithout.toFixed(1)}</td>
              <td>{row.millisecondsWith.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollingTable>
    </div>
  )
}

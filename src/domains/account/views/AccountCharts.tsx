import { useMemo } from 'react'
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts'
import { usePlayground } from '../../../react/PlaygroundProvider'
import { useReadModelAtCursor } from '../../../react/useReadModels'
import { useSelectedState, useStatesAtCursor } from '../../../react/useTimeTravel'
import {
  CHART_BLOCK_HEIGHT,
  CHART_MARGIN,
  centsToDollars,
  ChartFigure,
  formatDollars,
} from '../../../uikit/ChartFigure'
import { CHART_TICK, CHART_TOOLTIP } from '../../../uikit/chartStyle'
import { DollarsByVersionChart, type DollarsAtVersion } from '../../../uikit/DollarsByVersionChart'
import { OnScreen } from '../../../uikit/OnScreen'
import type { DepositsYearRow } from '../projections'
import { asAccountEvent } from '../reading'
import { evolveAccount, initialAccountState, type AccountState } from '../state'

/** The selected account's balance after each of its versions: where it went below zero shows. */
function BalanceChart() {
  const { streamId, state } = useSelectedState(useStatesAtCursor<AccountState>('Account'))
  const log = usePlayground((store) => store.log)
  const points = useMemo(() => {
    const balances: DollarsAtVersion[] = []
    let account = initialAccountState
    for (const event of streamId === null ? [] : log.streamEvents(streamId)) {
      const read = asAccountEvent(event)
      account = read ? evolveAccount(account, read) : { ...account, version: account.version + 1 }
      balances.push({ version: account.version, value: centsToDollars(account.balanceCents) })
    }
    return balances
  }, [log, streamId])
  return (
    <DollarsByVersionChart
      title={`Balance of ${state?.accountId ?? 'the selected account'} by version`}
      name="Balance"
      points={points}
      cursorVersion={state?.version ?? 0}
      empty="No account selected."
      showZero
    />
  )
}

/** Deposits per year, from the read model written after the events it reads. */
function DepositsPerYearChart() {
  const { rows } = useReadModelAtCursor<DepositsYearRow>('depositsPerYear')
  const years = [...rows.values()]
    .sort((a, b) => a.year.localeCompare(b.year))
    .map((row) => ({ year: row.year, total: centsToDollars(row.totalCents) }))
  return (
    <ChartFigure title="Total deposits per year" empty={years.length ? null : 'No deposits yet.'}>
      <BarChart data={years} margin={CHART_MARGIN}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" tick={CHART_TICK} />
        <YAxis tickFormatter={formatDollars} width={64} tick={CHART_TICK} />
        <Tooltip {...CHART_TOOLTIP} formatter={(value) => formatDollars(Number(value))} />
        <Bar dataKey="total" name="Deposits" fill="var(--chart-b)" isAnimationActive={false} />
      </BarChart>
    </ChartFigure>
  )
}

/** The bank account's charts. */
export default function AccountCharts() {
  return (
    <>
      <OnScreen minHeight={CHART_BLOCK_HEIGHT}>
        <BalanceChart />
      </OnScreen>
      <OnScreen minHeight={CHART_BLOCK_HEIGHT}>
        <DepositsPerYearChart />
      </OnScreen>
    </>
  )
}

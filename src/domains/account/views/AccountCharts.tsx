import { useMemo } from 'react'
import { usePlayground } from '../../../react/PlaygroundProvider'
import { useReadModelAtCursor } from '../../../react/useReadModels'
import { useSelectedState, useStatesAtCursor } from '../../../react/useTimeTravel'
import { CHART_BLOCK_HEIGHT, centsToDollars } from '../../../uikit/ChartFigure'
import { DollarsBarChart } from '../../../uikit/DollarsBarChart'
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
    .map((row) => ({ label: row.year, cents: row.totalCents }))
  return <DollarsBarChart title="Total deposits per year" name="Deposits" bars={years} empty="No deposits yet." />
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

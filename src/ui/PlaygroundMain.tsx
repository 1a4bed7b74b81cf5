import type { ReactNode } from 'react'
import { ReadSide } from './readside/ReadSide'
import { ComparePositionsPanel } from './debugger/ComparePositionsPanel'
import { WhatIfPanel } from './debugger/WhatIfPanel'
import { CommandsPanel } from './panels/CommandsPanel'
import { EventLogPanel } from './panels/EventLogPanel'
import { ReplayedStatePanel } from './panels/ReplayedStatePanel'
import { StorePanel } from './panels/StorePanel'
import { TimeTravelPanel } from './panels/TimeTravelPanel'
import { CurrentExercise } from './exercises/CurrentExercise'
import { StartHere } from './start/StartHere'
import { HistoryWait, useReadingHistory } from './HistoryWait'

/** The playground's panels: commands and store, time travel and state, the log, the debugger, the read side. */
export function PlaygroundMain({ banner }: { banner?: ReactNode }) {
  const readingHistory = useReadingHistory()
  return (
    <main>
      {banner ?? (
        <>
          <StartHere />
          {!readingHistory && <CurrentExercise />}
        </>
      )}
      <div className="layout">
        <div className="column column-left">
          <CommandsPanel />
          <StorePanel />
        </div>
        <div className="column column-center">
          <TimeTravelPanel />
          <ReplayedStatePanel />
        </div>
        <div className="column column-right">
          <EventLogPanel />
        </div>
      </div>
      {readingHistory ? (
        <HistoryWait what="the debugger's what-if and compare, the read side, the charts and the exercises" />
      ) : (
        <>
          <div className="debugger-tools">
            <WhatIfPanel />
            <ComparePositionsPanel />
          </div>
          <ReadSide />
        </>
      )}
    </main>
  )
}

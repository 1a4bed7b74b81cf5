import { useEffect, useMemo, useState } from 'react'
import { compareTables, type RowDifference } from '../../kernel/debugger/comparePositions'
import { computeWhatIf, type WhatIfOutcome } from '../../kernel/debugger/whatIf'
import { projectInSlices, type Projection } from '../../kernel/readside/projection'
import type { LogView } from '../../kernel/timeline/logView'
import type { DomainRegistry } from '../../kernel/replayStream'
import { useDomains, usePlayground } from '../../react/PlaygroundProvider'
import { readModelAt } from '../../react/useReadModels'
import { usePosition } from '../../react/useTimeTravel'
import { useSettledValue } from '../../react/useSettledValue'
import { nextTask } from '../../kernel/nextTask'

/** How long the cursor must rest before the what-if follows it: a drag stays at 60 frames a second. */
const SETTLE_MS = 150

export type ReadModelDifferences = readonly (RowDifference & { readonly readModel: string })[]

/** The read models that read an event type the what-if has, or that the log has where the what-if differs. */
export function affectedProjections(outcome: WhatIfOutcome, log: LogView, domains: DomainRegistry) {
  const types = new Set(outcome.events.map((event) => event.type))
  for (const event of log.events.slice(outcome.from - 1, outcome.position)) types.add(event.type)
  const projections: readonly Projection<unknown>[] = domains.modules.flatMap((module) => module.projections)
  return projections.filter((projection) => projection.eventTypes.some((type) => types.has(type)))
}

/**
 * The what-if at the cursor (once it rests), or null when there is none; then, a moment later so
 * the streams show first, the read-model rows that differ from the real ones.
 */
export function useWhatIf(): {
  readonly outcome: WhatIfOutcome | null
  readonly readModels: ReadModelDifferences | null
} {
  const changes = usePlayground((state) => state.whatIf)
  const log = usePlayground((state) => state.log)
  const domains = useDomains()
  const position = useSettledValue(usePosition(), SETTLE_MS)
  const outcome = useMemo(
    () => (changes.length === 0 ? null : computeWhatIf(log, domains, changes, position)),
    [changes, log, domains, position],
  )
  const [readModels, setReadModels] = useState<{ for: WhatIfOutcome; rows: ReadModelDifferences } | null>(null)
  useEffect(() => {
    if (!outcome) return
    let cancelled = false
    void (async () => {
      await nextTask()
      const rows: (RowDifference & { readonly readModel: string })[] = []
      for (const projection of affectedProjections(outcome, log, domains)) {
        const real = readModelAt(log, projection, outcome.position)
        const whatIf = new Map(readModelAt(log, projection, outcome.from - 1))
        // Folded a slice per task: a change near the start of a long log refolds it all, and the page stays responsive.
        const slices = projectInSlices(projection, whatIf, outcome.events)
        while (!slices.next().done) {
          await nextTask()
          if (cancelled) return
        }
        for (const row of compareTables(projection.tables(real), projection.tables(whatIf)))
          rows.push({ ...row, readModel: projection.title })
      }
      if (!cancelled) setReadModels({ for: outcome, rows })
    })()
    return () => {
      cancelled = true
    }
  }, [outcome, log, domains])
  return { outcome, readModels: readModels && readModels.for === outcome ? readModels.rows : null }
}

import { useEffect, useState, type ReactNode } from 'react'
import { describeSharedLinkProblem } from '../playground/storage/sharedLinkProblem'
import { openSharedLog, type SharedLog } from '../playground/storage/sharedLink'
import { PlaygroundProvider, useDomains } from './PlaygroundProvider'

export type { SharedLog }

export type SharedLogOpening =
  | { readonly status: 'opening' }
  | { readonly status: 'failed'; readonly text: string }
  | { readonly status: 'open'; readonly shared: SharedLog }

/**
 * Opens the log a shared link carries, in memory and read only, with the visitor's domains, on
 * `initialDomain` (the caller keeps it as it was when the link opened).
 */
export function useSharedLog(encoded: string, initialDomain: string | null): SharedLogOpening {
  const domains = useDomains()
  const [opening, setOpening] = useState<{ for: string; state: SharedLogOpening }>({
    for: encoded,
    state: { status: 'opening' },
  })
  useEffect(() => {
    let current = true
    openSharedLog(encoded, domains, initialDomain).then(
      (shared) => current && setOpening({ for: encoded, state: { status: 'open', shared } }),
      (error: unknown) =>
        current && setOpening({ for: encoded, state: { status: 'failed', text: describeSharedLinkProblem(error) } }),
    )
    return () => {
      current = false
    }
  }, [encoded, domains, initialDomain])
  return opening.for === encoded ? opening.state : { status: 'opening' }
}

/** The panels inside it read the shared log's app store instead of the visitor's. */
export function SharedLogProvider({ shared, children }: { shared: SharedLog; children: ReactNode }) {
  return <PlaygroundProvider store={shared.playground}>{children}</PlaygroundProvider>
}

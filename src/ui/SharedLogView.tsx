import { useState } from 'react'
import { groupThousands } from '../kernel/money'
import { usePlayground, usePlaygroundStore } from '../react/PlaygroundProvider'
import { SharedLogProvider, useSharedLog } from '../react/SharedLog'
import type { SharedLog } from '../react/SharedLog'
import { PlaygroundMain } from './PlaygroundMain'
import { Header } from './Header'
import { domainInUrl, sharedLogInUrl, viewHref } from './useHashRoute'

/** Above a shared log: what it is, that it is read only, and the ways out. */
function SharedLogBanner({
  shared,
  keepCopy,
}: {
  shared: SharedLog
  keepCopy: (replace: boolean) => Promise<string | null>
}) {
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const keep = async (replace: boolean) => {
    setBusy(true)
    const failed = await keepCopy(replace)
    setBusy(false)
    setProblem(failed)
  }
  return (
    <section className="banner shared-log-banner" aria-labelledby="shared-log-heading">
      <h2 id="shared-log-heading">A shared log, read only</h2>
      <p>
        {groupThousands(shared.events)} events opened from a link, in this tab's memory only: travel through them, ask
        why, try what-ifs. Your own store is untouched until you keep a copy.
      </p>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void keep(false)}>
          Keep a copy
        </button>
        {problem && (
          <button type="button" className="danger" disabled={busy} onClick={() => void keep(true)}>
            Replace my store with it
          </button>
        )}
        <a href="#/">Back to your own store</a>
      </div>
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
    </section>
  )
}

/**
 * A log opened from `Share as link`: shown with every panel, on a store of its own in memory that
 * refuses writes; `Keep a copy` imports it into the visitor's store, beside their own events.
 */
export function SharedLogView() {
  const [encoded] = useState(() => sharedLogInUrl() ?? '')
  const [domain] = useState(domainInUrl)
  const opening = useSharedLog(encoded, domain)
  const importLog = usePlayground((state) => state.importLog)
  const own = usePlaygroundStore()
  const ownCategory = usePlayground((state) => state.domain.category)
  if (opening.status !== 'open') {
    return (
      <main className="shared-log-status">
        {opening.status === 'opening' ? (
          <p className="panel-hint">Opening the shared log…</p>
        ) : (
          <div role="alert" className="banner">
            <p>{opening.text}</p>
            <a href={viewHref('playground', ownCategory)}>Back to your own store</a>
          </div>
        )}
      </main>
    )
  }
  const keepCopy = async (replace: boolean) => {
    const kept = await importLog(opening.shared.text, { replace })
    if (kept) {
      window.location.hash = viewHref('playground', ownCategory)
      return null
    }
    return own.getState().storeMessage?.text ?? 'Nothing was imported.'
  }
  return (
    <SharedLogProvider shared={opening.shared}>
      <Header />
      <PlaygroundMain banner={<SharedLogBanner shared={opening.shared} keepCopy={keepCopy} />} />
    </SharedLogProvider>
  )
}

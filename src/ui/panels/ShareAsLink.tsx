import { useState } from 'react'
import { usePlayground } from '../../react/PlaygroundProvider'
import { SHARED_LOG_ROUTE } from '../useHashRoute'
import { kilobytes } from '../../kernel/logfile/shareLink'

type Shared =
  { readonly link: string; readonly words: string } | { readonly problem: string; readonly tooLarge: boolean }

/**
 * `Share as link`: the whole log, compressed, in the address itself (the fragment, never sent to a
 * server). Whoever opens it sees the log read only; over the limit, a file is the way to share it.
 */
export function ShareAsLink({ exportFile }: { exportFile: () => void }) {
  const shareLogLink = usePlayground((state) => state.shareLogLink)
  const eventCount = usePlayground((state) => state.eventCount)
  const pending = usePlayground((state) => state.pending)
  const [shared, setShared] = useState<Shared | null>(null)
  const share = async () => {
    const result = await shareLogLink()
    if (!result.ok) {
      setShared({ problem: result.text, tooLarge: result.tooLarge })
      return
    }
    const link = `${window.location.href.split('#')[0]}${SHARED_LOG_ROUTE}${result.encoded}`
    setShared({
      link,
      words: `A link to these ${result.events} events (${kilobytes(result.bytes)} compressed), read only for whoever opens it.`,
    })
  }
  return (
    <div className="share-link">
      <button type="button" onClick={() => void share()} disabled={pending || eventCount === 0}>
        Share as link
      </button>
      {shared && 'problem' in shared && (
        <div role="alert" className="alert">
          <span>{shared.problem}</span>
          {shared.tooLarge && (
            <button type="button" className="secondary" onClick={exportFile}>
              Export JSON instead
            </button>
          )}
        </div>
      )}
      {shared && 'link' in shared && (
        <div className="share-result">
          <label className="field">
            Link to this log
            <input readOnly value={shared.link} onFocus={(event) => event.target.select()} />
          </label>
          <p role="status" className="panel-hint">
            {shared.words}
          </p>
          <button
            type="button"
            className="secondary"
            onClick={() => void navigator.clipboard?.writeText(shared.link).catch(() => undefined)}
          >
            Copy link
          </button>
        </div>
      )}
    </div>
  )
}

import { useState } from 'react'
import { useStreamCount, useStreamCountsByDomain } from '../../react/useTimeTravel'
import type { Persistence } from '../../react/playgroundTypes'
import { usePlayground } from '../../react/PlaygroundProvider'
import { downloadText } from '../../uikit/downloadText'
import { plural } from '../../uikit/format'
import { groupThousands } from '../../kernel/money'
import { ImportLog } from './ImportLog'
import { SharedStore } from './SharedStore'
import { ShareAsLink } from './ShareAsLink'
import { StoreMessageLine } from './StoreMessageLine'

const PERSISTENCE_WORDS: Record<Persistence, string> = {
  checking: 'checking whether the browser keeps it…',
  persistent: 'persistent (the browser will not clear it to free space).',
  'best effort': 'best effort (the browser may clear it if space runs low).',
  unavailable: 'not persisted (in memory only).',
}

/** Load the sample, reset the store (after asking), and how much the store holds. */
export function StorePanel() {
  const eventCount = usePlayground((state) => state.eventCount)
  const loadSample = usePlayground((state) => state.loadSample)
  const resetStore = usePlayground((state) => state.resetStore)
  const pending = usePlayground((state) => state.pending)
  const storage = usePlayground((state) => state.storage)
  const [confirming, setConfirming] = useState(false)
  const readLog = usePlayground((state) => state.exportLog)
  const exportLog = async (kind: 'json' | 'ndjson') => {
    const day = new Date().toISOString().slice(0, 10)
    const text = await readLog(kind)
    if (text === null) return
    downloadText(`event-log-${day}.${kind}`, kind === 'json' ? 'application/json' : 'application/x-ndjson', text)
  }
  const streamCount = useStreamCount()
  const { byDomain, other } = useStreamCountsByDomain()
  const perDomain = [
    ...byDomain.map(({ title, count }) => `${title} ${groupThousands(count)}`),
    ...(other > 0 ? [`other ${groupThousands(other)}`] : []),
  ]

  return (
    <section aria-labelledby="store-heading" className="panel store-panel">
      <h2 id="store-heading">Store</h2>
      <p className="store-counts">
        {plural(eventCount, 'event')} in {plural(streamCount, 'stream')},{' '}
        {storage.shared
          ? `kept in the shared store's room ${storage.shared.room}.`
          : storage.persisted
            ? 'kept in this browser (IndexedDB).'
            : 'kept in this tab’s memory only.'}
      </p>
      <p className="store-counts">Streams by domain: {perDomain.join(', ')}.</p>
      {!storage.shared && <p className="store-counts">Storage: {PERSISTENCE_WORDS[storage.persistence]}</p>}
      <div className="button-row">
        <button type="button" onClick={() => void loadSample('store-panel')} disabled={pending}>
          Load sample
        </button>
        <button type="button" onClick={() => void exportLog('json')} disabled={pending || eventCount === 0}>
          Export JSON
        </button>
        <button type="button" onClick={() => void exportLog('ndjson')} disabled={pending || eventCount === 0}>
          Export NDJSON
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => setConfirming(true)}
          disabled={pending || eventCount === 0}
        >
          Reset store
        </button>
      </div>
      <ShareAsLink exportFile={() => void exportLog('json')} />
      <ImportLog />
      <StoreMessageLine from="store-panel" />
      <SharedStore />
      {confirming && (
        <div role="alertdialog" aria-labelledby="reset-question" className="confirm">
          <p id="reset-question">
            {storage.shared
              ? `Delete all ${eventCount} events from room ${storage.shared.room} of the shared store, for everyone connected to it, and your exercise progress with them? This cannot be undone.`
              : `Delete all ${eventCount} events from this browser, and your exercise progress with them? Every open tab loses them too. This cannot be undone.`}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="danger"
              onClick={() => {
                setConfirming(false)
                void resetStore()
              }}
            >
              Delete all events
            </button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>
              Keep events
            </button>
          </div>
        </div>
      )}
    </section>
  )
}

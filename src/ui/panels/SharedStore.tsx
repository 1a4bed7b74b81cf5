import { useState, type FormEvent } from 'react'
import { usePlayground } from '../../react/PlaygroundProvider'
import type { SharedStoreStatus } from '../../react/playgroundTypes'
import { ErrorAlert } from '../../uikit/ErrorAlert'
import { StoreMessageLine } from './StoreMessageLine'

const CONNECTION_WORDS: Record<SharedStoreStatus['connection'], string> = {
  connecting: 'connecting…',
  connected: 'connected, hearing everyone’s events live.',
  reconnecting: 'reconnecting… (events appended meanwhile arrive once it is back)',
  closed: 'closed.',
}

/** Where this tab's events live: the browser's store, or a room of a shared store. */
export function SharedStore() {
  const shared = usePlayground((state) => state.storage.shared)
  return (
    // A group, not a region: it sits inside the Store region, whose name it would otherwise share a word with.
    <div role="group" aria-labelledby="shared-store-heading" className="shared-store">
      <h3 id="shared-store-heading">Shared store</h3>
      {shared ? (
        <ConnectedRoom shared={shared} />
      ) : window.location.protocol === 'file:' ? (
        <p className="store-counts">
          This page was opened from a file, and a file may not reach a server. To use a shared store, open the site from
          the server itself (its address, such as <code>http://127.0.0.1:8787/</code>) or from <code>npm start</code>.
        </p>
      ) : (
        <ConnectForm />
      )}
      <StoreMessageLine from="shared-store" />
    </div>
  )
}

/** The room this tab is on, how its connection is, and the way back. */
function ConnectedRoom({ shared }: { shared: SharedStoreStatus }) {
  const leaveSharedStore = usePlayground((state) => state.leaveSharedStore)
  return (
    <>
      <p className="store-counts">
        Room <strong>{shared.room}</strong> at <code>{shared.url}</code>,{' '}
        {shared.access === 'write' ? 'read and write.' : 'read only: this token may not append.'}
      </p>
      <p className="store-counts" data-connection={shared.connection}>
        Connection: {CONNECTION_WORDS[shared.connection]}
      </p>
      <button
        type="button"
        onClick={() => {
          leaveSharedStore()
          window.location.reload()
        }}
      >
        Use this browser’s store
      </button>
    </>
  )
}

/** The server's address, the room and a token; checked with the server before the tab switches. */
function ConnectForm() {
  const connectToSharedStore = usePlayground((state) => state.connectToSharedStore)
  const [url, setUrl] = useState('')
  const [room, setRoom] = useState('')
  const [token, setToken] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [connecting, setConnecting] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setConnecting(true)
    setProblem(null)
    const failed = await connectToSharedStore(url, room, token)
    if (failed === null) {
      window.location.reload()
      return
    }
    setProblem(failed)
    setConnecting(false)
  }
  return (
    <form className="shared-store-form" onSubmit={(event) => void submit(event)}>
      <p className="store-counts">
        A class or a team can share one store: a room of a server (<code>npm run server</code>) that everyone connected
        reads and appends to, live. This browser’s own events stay here.
      </p>
      <label className="field">
        Server URL
        <input
          type="url"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          placeholder="http://127.0.0.1:8787"
          required
        />
      </label>
      <label className="field">
        Room
        <input value={room} onChange={(event) => setRoom(event.target.value)} placeholder="class-1" required />
      </label>
      <label className="field">
        Token
        <input
          type="password"
          value={token}
          onChange={(event) => setToken(event.target.value)}
          autoComplete="off"
          required
        />
      </label>
      <button type="submit" disabled={connecting}>
        {connecting ? 'Connecting…' : 'Connect to a shared store'}
      </button>
      <ErrorAlert message={problem} onDismiss={() => setProblem(null)} />
    </form>
  )
}

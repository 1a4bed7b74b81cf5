import { createParser } from 'eventsource-parser'
import { SharedStoreError } from './errors'
import { validateImportInSlices } from './importPlan'
import { errorFromResponse } from './remoteProtocol'
import { createOpenGuard, frozenJsonCopy, resolveStoreOptions } from './storeBase'
import { tellAll } from './subscriptions'
import type { EventListener, EventStore, EventStoreOptions, RecordedEvent } from './types'
import { validateAppend, validateReadAll, validateReadStream } from './validation'

/** The state of a shared store's live connection, as the Store panel shows it. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'closed'

/** What a room's token may do there. */
export type RoomAccess = 'write' | 'read'

export interface RemoteEventStoreOptions extends EventStoreOptions {
  /** The server's address, such as http://127.0.0.1:8787. */
  readonly url: string
  readonly room: string
  /** The room's write token, or its read token. */
  readonly token: string
  /** Defaults to the global fetch. */
  readonly fetch?: typeof fetch
  /** The first wait before reconnecting the live connection; it doubles up to 5 s. */
  readonly reconnectDelayMs?: number
}

/** The event-store port over a shared store's server, and what only a remote store has. */
export interface RemoteEventStore extends EventStore {
  /** What the token may do, once the room has answered; rejects when it cannot be opened. */
  access(): Promise<RoomAccess>
  connection(): ConnectionState
  /** Hears every change of the live connection's state. Returns a function that stops listening. */
  onConnectionChange(listener: (state: ConnectionState) => void): () => void
}

/** How long a read begun while connected keeps trying when the network drops under it. */
const READ_RETRY_MS = 10_000

/** The most events one read asks for: the server's page size. */
const READ_PAGE = 10_000

type Anchor = { readonly position: number; readonly eventId: string } | null

interface RoomInfo {
  readonly access: RoomAccess
  readonly lastPosition: number
  readonly lastEventId: string | null
}

/**
 * An event store on a shared store's server (`npm run server`): every call is an HTTP request
 * to the room, and subscribers hear the room's events, everyone's, over Server-Sent Events read
 * with fetch (so the token travels in a header, never in a URL). When the live connection drops
 * it reconnects and resumes after the last event it delivered, with no gap and no repeat; if
 * that event is gone the room was emptied meanwhile, and clear listeners hear it.
 */
export function createRemoteEventStore(options: RemoteEventStoreOptions): RemoteEventStore {
  const resolved = resolveStoreOptions(options)
  const guard = createOpenGuard()
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis)
  const base = `${options.url.replace(/\/+$/, '')}/api/rooms/${encodeURIComponent(options.room)}`
  const headers = { authorization: `Bearer ${options.token}` }
  const listeners = new Set<EventListener>()
  const clearListeners = new Set<() => void>()
  const stateListeners = new Set<(state: ConnectionState) => void>()
  const aborter = new AbortController()
  let state: ConnectionState = 'connecting'
  let anchor: Anchor = null
  /** The room has answered once: its address and token are right. */
  let roomAnswered = false

  const setState = (next: ConnectionState): void => {
    if (state === next) return
    state = next
    for (const listener of [...stateListeners]) listener(next)
  }

  const unreachable = (writing: boolean) =>
    new SharedStoreError(
      'unreachable',
      `The shared store at ${options.url} cannot be reached: ${writing ? 'nothing was written' : 'nothing could be read'}. Check that its server is running and this tab is online.`,
    )

  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    guard.assertOpen()
    // A read begun once the room has answered, while the live connection is up or still coming up
    // (the page's first read of the log, say), is tried again for a while if the network drops
    // under it: reads change nothing, and the server is most likely restarting. Any other read, and
    // every write, fails at once: a wrong address or a known outage is said straight away.
    const retryUntil = method === 'GET' && roomAnswered && state !== 'reconnecting' ? Date.now() + READ_RETRY_MS : 0
    let response: Response
    for (let wait = 250; ; wait = Math.min(wait * 2, 2_000)) {
      try {
        response = await doFetch(`${base}${path}`, {
          method,
          headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          signal: aborter.signal,
        })
        break
      } catch {
        guard.assertOpen()
        if (Date.now() + wait > retryUntil) throw unreachable(method === 'POST')
        await new Promise((resolve) => setTimeout(resolve, wait))
      }
    }
    if (response.status === 204) return undefined as T
    const payload: unknown = await response.json().catch(() => ({}))
    if (!response.ok) throw errorFromResponse(response.status, payload as Parameters<typeof errorFromResponse>[1])
    return payload as T
  }

  /** The room's answer to "who am I and where is the log": fixes where delivery starts. */
  let opened: Promise<RoomInfo> | null = null
  const open = (): Promise<RoomInfo> => {
    opened ??= call<RoomInfo>('GET', '').then(
      (info) => {
        roomAnswered = true
        anchor = info.lastEventId ? { position: info.lastPosition, eventId: info.lastEventId } : null
        void listen()
        return info
      },
      (error: unknown) => {
        opened = null
        throw error
      },
    )
    return opened
  }

  /** Opens before a write: a room that cannot be reached then means nothing was written. */
  const openToWrite = (): Promise<RoomInfo> =>
    open().catch((error: unknown) => {
      throw error instanceof SharedStoreError && error.problem === 'unreachable' ? unreachable(true) : error
    })

  const deliver = (events: readonly RecordedEvent[]): boolean => {
    const fresh = events.filter((event) => event.position > (anchor?.position ?? 0))
    const first = fresh[0]
    const last = fresh[fresh.length - 1]
    if (!first || !last) return true
    // The server sends in order with no gaps; anything else means reconnecting from the anchor.
    if (first.position !== (anchor?.position ?? 0) + 1) return false
    anchor = { position: last.position, eventId: last.eventId }
    const delivered = fresh.map(frozenJsonCopy)
    tellAll(listeners, (listener) => listener(delivered), resolved.onListenerError)
    return true
  }

  /** The live connection: reads the room's event stream, and reconnects from the anchor when it ends. */
  async function listen(): Promise<void> {
    let delay = options.reconnectDelayMs ?? 250
    while (!aborter.signal.aborted) {
      const connection = new AbortController()
      const stop = () => connection.abort()
      aborter.signal.addEventListener('abort', stop)
      try {
        const query = anchor ? `?from=${anchor.position}&after=${encodeURIComponent(anchor.eventId)}` : '?from=0'
        const response = await doFetch(`${base}/subscribe${query}`, { headers, signal: connection.signal })
        if (!response.ok || !response.body) throw new Error(`subscribe answered ${response.status}`)
        setState('connected')
        delay = options.reconnectDelayMs ?? 250
        const parser = createParser({
          onEvent(message) {
            if (message.event === 'cleared') {
              anchor = null
              tellAll(clearListeners, (listener) => listener(), resolved.onListenerError)
            } else if (message.event === 'events' && !deliver(JSON.parse(message.data) as RecordedEvent[])) {
              connection.abort()
            }
          },
        })
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
        for (;;) {
          const { done, value } = await reader.read()
          if (done) break
          parser.feed(value)
        }
      } catch {
        // Dropped, refused or aborted: try again below, unless the store was closed.
      } finally {
        aborter.signal.removeEventListener('abort', stop)
      }
      if (aborter.signal.aborted) break
      setState('reconnecting')
      await new Promise((resolve) => setTimeout(resolve, delay))
      delay = Math.min(delay * 2, 5_000)
    }
  }

  const frozenEvents = (events: readonly RecordedEvent[]): RecordedEvent[] => events.map(frozenJsonCopy)

  return {
    async append(streamId, events, appendOptions) {
      guard.assertOpen()
      const expectedVersion = validateAppend(streamId, events, appendOptions)
      await openToWrite()
      // Ids are given here, so a retried request is recognised by the server as the same append.
      const identified = events.map((event) => ({ ...event, eventId: event.eventId ?? resolved.generateId() }))
      return call('POST', '/append', {
        streamId,
        events: identified,
        expectedVersion,
        recordedAt: resolved.clock().toISOString(),
        sessionId: resolved.sessionId,
      })
    },

    async importEvents(events, importOptions) {
      guard.assertOpen()
      await validateImportInSlices(events)
      await openToWrite()
      const result = await call<{ imported: number; lastPosition: number }>('POST', '/import', {
        events,
        replace: importOptions?.replace ?? false,
      })
      importOptions?.onProgress?.(result.imported, result.imported)
      return result
    },

    async readStream(streamId, readOptions) {
      guard.assertOpen()
      validateReadStream(streamId, readOptions)
      const query = new URLSearchParams({ streamId })
      if (readOptions?.fromVersion !== undefined) query.set('fromVersion', String(readOptions.fromVersion))
      if (readOptions?.toVersion !== undefined) query.set('toVersion', String(readOptions.toVersion))
      const { events } = await call<{ events: RecordedEvent[] }>('GET', `/stream?${query}`)
      return frozenEvents(events)
    },

    async readAll(readOptions) {
      guard.assertOpen()
      validateReadAll(readOptions)
      const limit = readOptions?.limit ?? Infinity
      const all: RecordedEvent[] = []
      let from = Math.max(readOptions?.fromPosition ?? 1, 1)
      while (all.length < limit) {
        const asked = Math.min(READ_PAGE, limit - all.length)
        const { events } = await call<{ events: RecordedEvent[] }>('GET', `/events?from=${from}&limit=${asked}`)
        all.push(...events)
        const last = events[events.length - 1]
        if (!last || events.length < asked) break
        from = last.position + 1
      }
      return frozenEvents(all)
    },

    async streamVersion(streamId) {
      guard.assertOpen()
      validateReadStream(streamId, undefined)
      const { version } = await call<{ version: number }>('GET', `/stream-version?${new URLSearchParams({ streamId })}`)
      return version
    },

    subscribe(listener) {
      guard.assertOpen()
      void open().catch(() => undefined)
      listeners.add(listener)
      return () => listeners.delete(listener)
    },

    async clear() {
      guard.assertOpen()
      await openToWrite()
      await call('POST', '/clear')
    },

    onCleared(listener) {
      guard.assertOpen()
      clearListeners.add(listener)
      return () => clearListeners.delete(listener)
    },

    async close() {
      if (!guard.markClosed()) return
      aborter.abort()
      listeners.clear()
      clearListeners.clear()
      setState('closed')
      stateListeners.clear()
    },

    async access() {
      return (await open()).access
    },

    connection: () => state,

    onConnectionChange(listener) {
      stateListeners.add(listener)
      return () => stateListeners.delete(listener)
    },
  }
}

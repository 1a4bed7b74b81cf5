import {
  createRemoteEventStore,
  SharedStoreError,
  type ConnectionState,
  type RoomAccess,
} from '../../kernel/eventstore'

/** What a tab needs to reach a room of a shared store. */
export interface SharedStoreConnection {
  readonly url: string
  readonly room: string
  readonly token: string
}

/** What the page shows about the shared store it is on. */
export interface SharedStoreStatus {
  readonly url: string
  readonly room: string
  readonly access: RoomAccess
  readonly connection: ConnectionState
}

const KEY = 'event-sourcing-playground:shared-store'

type SessionStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/**
 * The shared store this tab uses, if any. Kept in sessionStorage: a reload of the tab stays on
 * it, another tab (or a browser restart) starts on the browser's own store, and the token is not
 * left behind for good.
 */
export function savedSharedStore(
  storage: SessionStorage | undefined = globalThis.sessionStorage,
): SharedStoreConnection | null {
  const text = storage?.getItem(KEY)
  if (!text) return null
  try {
    const saved = JSON.parse(text) as Partial<SharedStoreConnection>
    return typeof saved.url === 'string' && typeof saved.room === 'string' && typeof saved.token === 'string'
      ? { url: saved.url, room: saved.room, token: saved.token }
      : null
  } catch {
    return null
  }
}

export function saveSharedStore(
  connection: SharedStoreConnection,
  storage: SessionStorage | undefined = globalThis.sessionStorage,
): void {
  storage?.setItem(KEY, JSON.stringify(connection))
}

export function forgetSharedStore(storage: SessionStorage | undefined = globalThis.sessionStorage): void {
  storage?.removeItem(KEY)
}

export class SharedStoreFormError extends Error {
  override name = 'SharedStoreFormError'
}

/** The form's three fields, checked before anything is sent. */
export function connectionFromForm(url: string, room: string, token: string): SharedStoreConnection {
  const address = url.trim().replace(/\/+$/, '')
  let parsed: URL
  try {
    parsed = new URL(address)
  } catch {
    throw new SharedStoreFormError(
      `"${address || url}" is not a server address: type one such as http://127.0.0.1:8787.`,
    )
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new SharedStoreFormError('The server address starts with http:// or https://.')
  if (!/^[a-z][a-z0-9-]{0,39}$/.test(room.trim()))
    throw new SharedStoreFormError('A room is named in lowercase letters, digits and dashes, such as class-1.')
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(token.trim()))
    throw new SharedStoreFormError('Paste the token you were given: letters, digits, - and _ only.')
  return { url: address, room: room.trim(), token: token.trim() }
}

/**
 * Asks the room whether the token opens it (and for what), without opening a store for good.
 * Rejects with the server's sentence (unknown room, wrong token) or "cannot be reached".
 */
export async function checkSharedStore(connection: SharedStoreConnection): Promise<RoomAccess> {
  const probe = createRemoteEventStore({ ...connection, sessionId: 'connection-check' })
  try {
    return await probe.access()
  } finally {
    await probe.close()
  }
}

/** A sentence for a shared store that would not open. */
export function describeSharedStoreProblem(error: unknown): string {
  if (error instanceof SharedStoreError || error instanceof SharedStoreFormError) return error.message
  return `The shared store could not be opened: ${error instanceof Error ? error.message : String(error)}`
}

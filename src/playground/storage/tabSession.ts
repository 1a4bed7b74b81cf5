import { randomUuid } from '../../kernel/eventstore'

const SESSION_KEY = 'event-sourcing-playground:session'

/**
 * This tab's session id: kept in sessionStorage, so it survives a reload of the tab
 * but every tab has its own.
 */
export function tabSessionId(
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.sessionStorage,
): string {
  const existing = storage?.getItem(SESSION_KEY)
  if (existing) return existing
  const created = `tab-${randomUuid().slice(0, 8)}`
  storage?.setItem(SESSION_KEY, created)
  return created
}

import type { Page } from '@playwright/test'
import { readInPage } from './readInPage'

/** The page's derived database: read models, snapshots and the savepoint. */
export const DERIVED_DATABASE = 'event-sourcing-playground-derived'

/**
 * Waits until the page has saved its savepoint (every stream's latest state, see savepoint.ts)
 * at `position` or past it: after a long log is read, the page takes one in the background.
 */
export async function savepointSaved(page: Page, position: number, timeoutMs = 300_000): Promise<void> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    // A header (key 'latest') and its parts, see savepointRecords.ts: the header is written last.
    const records = await readInPage<Array<{ key: string; position: number }>>(
      page,
      DERIVED_DATABASE,
      'savepoints',
      'getAll',
    ).catch(() => [])
    if ((records.find((record) => record.key === 'latest')?.position ?? 0) >= position) return
    await page.waitForTimeout(500)
  }
  throw new Error(`The page saved no savepoint at position ${position} in ${timeoutMs / 1000} s.`)
}

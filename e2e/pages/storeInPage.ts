import type { Page } from '@playwright/test'

/** Every event in the page's IndexedDB store, read through the page's own store (window.playground). */
export function storedEvents(
  page: Page,
): Promise<{ streamId: string; version: number; position: number; sessionId: string }[]> {
  return page.evaluate(async () =>
    (await window.playground.store.readAll()).map((event) => ({
      streamId: event.streamId,
      version: event.version,
      position: event.position,
      sessionId: event.metadata.sessionId,
    })),
  )
}

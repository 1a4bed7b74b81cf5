import type { ImportWorkerPort } from './importWorkerProtocol'

/**
 * Starts the worker that writes a large import (importWorker.ts). Vite bundles it as a file of its
 * own beside the site's; a page opened from disk cannot start it (see `openStorage`).
 */
export function startImportWorker(): ImportWorkerPort {
  return new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'event-import' })
}

import type { ImportEvent, RecordedEvent } from './types'

/**
 * What the page and the import's worker say to each other. The worker holds one IndexedDB
 * transaction from `begin` until `commit` or `abort`; the page checks each chunk of events and
 * hands it over with `write`, and hears when it is stored.
 */
export type ToImportWorker =
  | { readonly kind: 'begin'; readonly databaseName: string; readonly replace: boolean }
  /** `events` are the import's events `from` to `end`; their positions follow the store's last. */
  | { readonly kind: 'write'; readonly events: readonly ImportEvent[]; readonly from: number; readonly end: number }
  | { readonly kind: 'commit' }
  | { readonly kind: 'abort' }

export type FromImportWorker =
  /** The transaction is open: `previous` is the event the store held last (undefined: none). */
  | { readonly kind: 'begun'; readonly previous: RecordedEvent | undefined }
  | { readonly kind: 'written'; readonly end: number }
  | { readonly kind: 'committed' }
  /** The transaction ended without a commit: `name` is the browser's (ConstraintError, QuotaExceededError, AbortError). */
  | { readonly kind: 'failed'; readonly name: string; readonly message: string }

/** What the page needs of a worker: a dedicated Worker, or anything that talks like one (tests). */
export interface ImportWorkerPort {
  postMessage(message: ToImportWorker): void
  addEventListener(type: 'message', listener: (event: MessageEvent<FromImportWorker>) => void): void
  addEventListener(type: 'error', listener: (event: Event) => void): void
  terminate(): void
}

/** What the worker needs of its global scope. */
export interface ImportWorkerScope {
  postMessage(message: FromImportWorker): void
  addEventListener(type: 'message', listener: (event: MessageEvent<ToImportWorker>) => void): void
}

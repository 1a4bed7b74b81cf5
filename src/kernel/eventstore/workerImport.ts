import type { FromImportWorker, ImportWorkerPort } from './importWorkerProtocol'
import type { ImportEvent, ImportOptions, RecordedEvent } from './types'
import { writeInChunks } from './writePacer'

/** How to reach the import's worker, and from how many events an import is worth one. */
export interface ImportWorkerOptions {
  readonly start: () => ImportWorkerPort
  /** Smaller imports are written in the page: a worker takes tens of ms to start. */
  readonly fromEvents?: number
}

/** The size of import, in events, from which the store writes in a worker unless told otherwise. */
export const WORKER_IMPORT_FROM = 2_000

/** The worker could not start (a page from disk, a missing file): nothing was written, import in the page. */
export class ImportWorkerUnavailable extends Error {
  override readonly name = 'ImportWorkerUnavailable'
}

/** An IndexedDB failure the worker reported, with the browser's name, so the store can say which. */
const workerError = (name: string, message: string) => Object.assign(new Error(message), { name })

/**
 * Writes an import through the worker (importWorkerBody.ts) and returns the event the store held
 * before it. The page checks each chunk, as the in-page import does, and hands it over; the pacer
 * keeps a few chunks in flight and the page's work in short tasks. A bad event aborts the
 * worker's transaction before its error is thrown, so the store is as it was when the caller hears.
 */
export async function writeImportInWorker(
  worker: ImportWorkerOptions,
  databaseName: string,
  importing: readonly ImportEvent[],
  options: ImportOptions | undefined,
): Promise<RecordedEvent | undefined> {
  let port: ImportWorkerPort
  try {
    port = worker.start()
  } catch (error) {
    throw new ImportWorkerUnavailable(String(error))
  }
  const conversation = converse(port)
  try {
    port.postMessage({ kind: 'begin', databaseName, replace: options?.replace === true })
    const previous = await conversation.begun
    try {
      await writeInChunks(importing, options?.onProgress, (start, end) => {
        port.postMessage({ kind: 'write', events: importing.slice(start, end), from: start, end })
        return conversation.written(end)
      })
    } catch (error) {
      port.postMessage({ kind: 'abort' })
      await conversation.ended.catch(() => undefined)
      throw error
    }
    conversation.commit()
    await conversation.ended
    return previous
  } finally {
    port.terminate()
  }
}

/** Promises for what the worker says: its start, each chunk stored, and its end (rejected: not committed). */
function converse(port: ImportWorkerPort) {
  const chunks = new Map<number, { resolve: () => void; reject: (error: Error) => void }>()
  let failure: Error | undefined
  let settleBegun!: { resolve: (previous: RecordedEvent | undefined) => void; reject: (error: Error) => void }
  let settleEnded!: { resolve: () => void; reject: (error: Error) => void }
  let hasBegun = false
  let committing = false
  const begun = new Promise<RecordedEvent | undefined>((resolve, reject) => (settleBegun = { resolve, reject }))
  const ended = new Promise<void>((resolve, reject) => (settleEnded = { resolve, reject }))
  // Heard where it matters (after a commit, or an abort); a failure before then is told by `begun`.
  ended.catch(() => undefined)
  const failed = (error: Error) => {
    failure ??= error
    settleBegun.reject(hasBegun ? error : new ImportWorkerUnavailable(error.message))
    settleEnded.reject(error)
    for (const chunk of chunks.values()) chunk.reject(error)
    chunks.clear()
  }
  port.addEventListener('message', ({ data: message }: MessageEvent<FromImportWorker>) => {
    if (message.kind === 'begun') {
      hasBegun = true
      settleBegun.resolve(message.previous)
    } else if (message.kind === 'written') {
      chunks.get(message.end)?.resolve()
      chunks.delete(message.end)
    } else if (message.kind === 'committed') {
      if (committing) settleEnded.resolve()
      // Never meant to happen (the worker keeps its transaction open): say so rather than wait forever.
      else failed(new Error('The import’s transaction ended before its last events: check the store'))
    } else failed(workerError(message.name, message.message))
  })
  // The worker's script failed to load or threw: before `begun` it never wrote (import in the page).
  port.addEventListener('error', (event) => {
    event.preventDefault()
    failed(new Error('The import’s worker stopped: nothing was imported'))
  })
  return {
    begun,
    ended,
    commit() {
      committing = true
      port.postMessage({ kind: 'commit' })
    },
    written(end: number): Promise<void> {
      if (failure) return Promise.reject(failure)
      return new Promise((resolve, reject) => chunks.set(end, { resolve, reject }))
    },
  }
}

import Dexie, { type Table } from 'dexie'
import { planAppend } from './appendPlan'
import { createEventCompactor } from './compactEvents'
import { ConcurrencyError, StorageFullError } from './errors'
import { throwImportClash, writeImport } from './dexieImport'
import { planImport } from './importPlan'
import { createPageSealing, LOG_PAGE_SIZE, readWholeLog, sealNextPage, type LogPage } from './logPages'
import { nextTask } from '../nextTask'
import { createOpenGuard, resolveStoreOptions } from './storeBase'
import { createSubscriptionHub } from './subscriptions'
import {
  ImportWorkerUnavailable,
  WORKER_IMPORT_FROM,
  writeImportInWorker,
  type ImportWorkerOptions,
} from './workerImport'
import type { EventStore, EventStoreOptions, RecordedEvent } from './types'
import { validateAppend, validateReadAll, validateReadStream } from './validation'

export interface DexieEventStoreOptions extends EventStoreOptions {
  /** The IndexedDB database name. Every tab that opens the same name shares the store. */
  readonly databaseName: string
  /** Another IndexedDB implementation (fake-indexeddb in Node tests). Defaults to the browser's. */
  readonly indexedDB?: IDBFactory
  readonly IDBKeyRange?: typeof IDBKeyRange
  /**
   * Another connection (a newer playground in another tab) is upgrading or deleting the database.
   * This store closes its connection at once, so that upgrade is not held up; every later call
   * rejects with StoreClosedError saying why. The page should ask to be reloaded.
   */
  readonly onVersionChange?: () => void
  /** Opening waits on older connections that do not close; called when it starts to wait. */
  readonly onBlocked?: () => void
  /** Events per log page (the read cache, see logPages.ts); tests make it small. */
  readonly logPageSize?: number
  /** How long after reading the whole log the store waits before writing the pages it lacked. */
  readonly sealDelayMs?: number
  /**
   * A worker to write large imports in (`startImportWorker`): the page then only checks the events
   * and hands them over. Without one, or when it cannot start, imports are written in the page.
   */
  readonly importWorker?: ImportWorkerOptions
}

/** Events an import hands its listeners at a time, a batch a task. */
const PUBLISH_BATCH = 2_000

/** Why calls fail once another tab has upgraded the database. */
export const SUPERSEDED_MESSAGE =
  'A newer version of the playground upgraded its database in another tab: reload this tab to carry on.'

/** Closes a database quietly when another connection wants to upgrade it (Dexie's default also logs). */
export function closeOnVersionChange(db: Dexie, then?: () => void): void {
  db.on('versionchange', () => {
    db.close()
    then?.()
    return false
  })
}

class EventDatabase extends Dexie {
  events!: Table<RecordedEvent, number>
  pages!: Table<LogPage, number>

  constructor(options: DexieEventStoreOptions) {
    super(options.databaseName, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    })
    // position is the primary key and is assigned inside the write transaction, never by an
    // auto-increment that an aborted transaction could skip. [streamId+version] is unique: the
    // last guard against two writers taking the same version.
    this.version(1).stores({ events: 'position, &eventId, &[streamId+version]' })
    // The log's pages: its events again, a few thousand to a record, so reading the whole log is fast.
    this.version(2).stores({ pages: 'first' })
  }
}

/** The cross-tab channel name for a database: tabs announce commits on it. */
export function commitChannelName(databaseName: string): string {
  return `event-sourcing-playground:commits:${databaseName}`
}

type Announcement =
  | { readonly kind: 'appended'; readonly firstPosition: number; readonly lastPosition: number }
  | { readonly kind: 'cleared' }

/**
 * An event store persisted in IndexedDB through Dexie. Each append is one `rw` transaction
 * that reads the stream version, checks it and adds the events, so concurrent writers in
 * other tabs are serialised by IndexedDB itself.
 */
export function createDexieEventStore(options: DexieEventStoreOptions): EventStore {
  const resolved = resolveStoreOptions(options)
  const guard = createOpenGuard()
  const db = new EventDatabase(options)
  const events = db.events
  const pages = db.pages
  const paged = { db, events, pages }
  const pageSize = options.logPageSize ?? LOG_PAGE_SIZE
  // The events the last whole read found outside pages, kept until their pages are written from them.
  let unsealed: { from: number; events: Array<RecordedEvent | undefined> } = { from: 0, events: [] }
  let asked = 0
  const heldAt = (position: number) => {
    asked = Math.max(asked, position)
    return unsealed.events[position - unsealed.from]
  }
  const sealing = createPageSealing(async () => {
    const sealed = await sealNextPage(paged, pageSize, heldAt)
    if (!sealed) unsealed = { from: 0, events: [] }
    // A page written lets go of its events: at a million events they are most of the page's memory.
    else unsealed.events.fill(undefined, 0, Math.max(0, asked - unsealed.from + 1))
    return sealed
  }, options.sealDelayMs ?? 2_000)

  const lastEvent = (): Promise<RecordedEvent | undefined> => events.orderBy('position').last()
  const streamRange = (streamId: string, from: number | typeof Dexie.minKey, to: number | typeof Dexie.maxKey) =>
    events.where('[streamId+version]').between([streamId, from], [streamId, to], true, true)
  const currentVersion = async (streamId: string): Promise<number> =>
    (await streamRange(streamId, Dexie.minKey, Dexie.maxKey).last())?.version ?? 0
  // Everything read shares its repeated strings: a long log held in memory costs far less.
  const compact = createEventCompactor()
  const readFrom = (fromPosition: number, limit?: number): Promise<RecordedEvent[]> => {
    const range = events.where('position').aboveOrEqual(fromPosition)
    return (limit === undefined ? range : range.limit(limit)).toArray().then(compact)
  }

  const hub = createSubscriptionHub({
    readLast: lastEvent,
    readFrom: (fromPosition) => readFrom(fromPosition),
    onListenerError: resolved.onListenerError,
  })
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(commitChannelName(options.databaseName)) : null
  if (channel) {
    channel.onmessage = (message: MessageEvent<Announcement>) => {
      if (message.data.kind === 'cleared') hub.cleared()
      else hub.catchUp(message.data.firstPosition)
    }
  }
  /**
   * Tells other tabs, after the commit. Best effort: a write that committed never fails here. The
   * channel is closed when another tab upgrades the database between the commit and this call;
   * the other tabs then hear of the write with their next message, or read it when they reload.
   */
  const announce = (announcement: Announcement): void => {
    try {
      channel?.postMessage(announcement)
    } catch {
      // Nothing to do: see above.
    }
  }
  const announceAppended = (records: readonly RecordedEvent[]): void => {
    const [first] = records
    const last = records[records.length - 1]
    if (first && last) announce({ kind: 'appended', firstPosition: first.position, lastPosition: last.position })
  }
  closeOnVersionChange(db, () => {
    guard.markClosed(SUPERSEDED_MESSAGE)
    channel?.close()
    hub.close()
    options.onVersionChange?.()
  })
  db.on('blocked', () => options.onBlocked?.())
  /**
   * What to throw for a failed storage call: the browser's full storage as StorageFullError, and a
   * database this store let go of (another tab upgraded it mid-call) as StoreClosedError with why.
   */
  const storeError = (error: unknown): unknown => {
    if (error instanceof Error && error.name === 'DatabaseClosedError') guard.assertOpen()
    return asStorageFull(error)
  }
  const rethrow = (error: unknown): never => {
    throw storeError(error)
  }

  return {
    async append(streamId, newEvents, appendOptions) {
      guard.assertOpen()
      const expectedVersion = validateAppend(streamId, newEvents, appendOptions)
      const ids = newEvents.flatMap((event) => (event.eventId === undefined ? [] : [event.eventId]))
      const { plan, previous } = await db
        .transaction('rw', events, async () => {
          // Three reads at once: one round trip to the database before the write, not three.
          const [previous, version, existing] = await Promise.all([
            lastEvent(),
            currentVersion(streamId),
            ids.length === 0 ? [] : events.where('eventId').anyOf(ids).toArray(),
          ])
          const plan = planAppend({
            streamId,
            events: newEvents,
            expectedVersion,
            currentVersion: version,
            lastPosition: previous?.position ?? 0,
            existing,
            recordedAt: resolved.clock().toISOString(),
            sessionId: resolved.sessionId,
            generateId: resolved.generateId,
          })
          // Inside the transaction a failed add aborts the whole transaction: all or nothing.
          if (plan.kind === 'write') await events.bulkAdd([...plan.records])
          return { plan, previous }
        })
        .catch(async (error: unknown) => {
          if (isConstraintError(error)) {
            throw new ConcurrencyError(streamId, expectedVersion, await currentVersion(streamId))
          }
          throw storeError(error)
        })
      if (plan.kind === 'write') {
        hub.publish(plan.records, previous)
        announceAppended(plan.records)
      }
      return plan.result
    },

    async importEvents(importing, importOptions) {
      guard.assertOpen()
      const total = importing.length
      const inPage = () => writeImport(paged, lastEvent, importing, importOptions)
      const worker = options.importWorker
      const write =
        worker && total >= (worker.fromEvents ?? WORKER_IMPORT_FROM)
          ? writeImportInWorker(worker, options.databaseName, importing, importOptions).catch((error: unknown) => {
              if (error instanceof ImportWorkerUnavailable) return inPage()
              throw error
            })
          : inPage()
      const previous = await write.catch(async (error: unknown) => {
        throw isConstraintError(error) ? await throwImportClash(paged, importing) : storeError(error)
      })
      const firstPosition = (previous?.position ?? 0) + 1
      if (importOptions?.replace) announce({ kind: 'cleared' })
      if (total > 0) announce({ kind: 'appended', firstPosition, lastPosition: firstPosition + total - 1 })
      // Planned again, a batch a task, rather than all kept through the write: a million records
      // held for the whole import doubled the heap the collector walked while it ran.
      const batchFrom = (start: number) =>
        planImport(importing, firstPosition - 1, start, Math.min(start + PUBLISH_BATCH, total))
      if (importOptions?.replace) hub.cleared(batchFrom(0))
      else hub.publish(batchFrom(0), previous)
      for (let start = PUBLISH_BATCH; start < total; start += PUBLISH_BATCH) {
        await nextTask()
        hub.publish(batchFrom(start), { position: firstPosition + start - 1, eventId: importing[start - 1]!.eventId })
      }
      return { imported: total, lastPosition: firstPosition + total - 1 }
    },

    async readStream(streamId, readOptions) {
      guard.assertOpen()
      validateReadStream(streamId, readOptions)
      return streamRange(streamId, readOptions?.fromVersion ?? 0, readOptions?.toVersion ?? Dexie.maxKey)
        .toArray()
        .catch(rethrow)
    },

    async readAll(readOptions) {
      guard.assertOpen()
      validateReadAll(readOptions)
      const fromPosition = readOptions?.fromPosition ?? 0
      if (fromPosition > 1 || readOptions?.limit !== undefined)
        return readFrom(fromPosition, readOptions?.limit).catch(rethrow)
      const { records, unpaged } = await readWholeLog(paged, compact, nextTask).catch(rethrow)
      if (unpaged >= pageSize) {
        const events = records.slice(records.length - unpaged)
        unsealed = { from: events[0]?.position ?? 0, events }
        sealing.start()
      }
      return records
    },

    async streamVersion(streamId) {
      guard.assertOpen()
      validateReadStream(streamId, undefined)
      return currentVersion(streamId).catch(rethrow)
    },

    subscribe(listener) {
      guard.assertOpen()
      return hub.subscribe(listener)
    },

    async clear() {
      guard.assertOpen()
      unsealed = { from: 0, events: [] }
      await db.transaction('rw', events, pages, () => Promise.all([events.clear(), pages.clear()])).catch(rethrow)
      hub.cleared()
      announce({ kind: 'cleared' })
    },

    onCleared(listener) {
      guard.assertOpen()
      return hub.onCleared(listener)
    },

    async close() {
      if (!guard.markClosed()) return
      channel?.close()
      await sealing.stop()
      await hub.settled()
      hub.close()
      db.close()
    },
  }
}

/** Whether an error, or one Dexie wrapped in it, is the browser saying its storage is full. */
function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  if (error.name === 'QuotaExceededError') return true
  const { inner, failures } = error as { inner?: unknown; failures?: unknown[] }
  return isQuotaError(inner) || (Array.isArray(failures) && failures.some(isQuotaError))
}

const asStorageFull = (error: unknown): unknown => (isQuotaError(error) ? new StorageFullError(error) : error)

function isConstraintError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException === 'function' && error instanceof DOMException)) return false
  const { name, failures, inner } = error as { name?: string; failures?: unknown[]; inner?: unknown }
  if (name === 'ConstraintError') return true
  if (isConstraintError(inner)) return true
  return name === 'BulkError' && Array.isArray(failures) && failures.some(isConstraintError)
}

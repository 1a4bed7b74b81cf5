import { planAppend } from './appendPlan'
import { DuplicateEventIdError } from './errors'
import { importedStreams, planImport, refuseOverlap, validateImportInSlices } from './importPlan'
import { createOpenGuard, frozenJsonCopy, resolveStoreOptions } from './storeBase'
import { createSubscriptionHub } from './subscriptions'
import type { EventStore, EventStoreOptions, RecordedEvent } from './types'
import { validateAppend, validateReadAll, validateReadStream } from './validation'

/**
 * An event store held in memory: the reference adapter, and the fallback when IndexedDB is
 * unavailable. Appends are atomic because each runs in one synchronous step.
 */
export function createInMemoryEventStore(options: EventStoreOptions = {}): EventStore {
  const resolved = resolveStoreOptions(options)
  const guard = createOpenGuard()
  const log: RecordedEvent[] = []
  const streams = new Map<string, RecordedEvent[]>()
  const byId = new Map<string, RecordedEvent>()

  const readFrom = (fromPosition: number, limit = Infinity): RecordedEvent[] =>
    log.slice(Math.max(fromPosition, 1) - 1, limit === Infinity ? undefined : Math.max(fromPosition, 1) - 1 + limit)

  const hub = createSubscriptionHub({
    readLast: () => Promise.resolve(log.at(-1)),
    readFrom: (fromPosition) => Promise.resolve(readFrom(fromPosition)),
    onListenerError: resolved.onListenerError,
  })

  return {
    async append(streamId, events, appendOptions) {
      guard.assertOpen()
      const expectedVersion = validateAppend(streamId, events, appendOptions)
      const stream = streams.get(streamId) ?? []
      const plan = planAppend({
        streamId,
        events,
        expectedVersion,
        currentVersion: stream.length,
        lastPosition: log.length,
        existing: events.flatMap((event) => {
          const found = event.eventId === undefined ? undefined : byId.get(event.eventId)
          return found ? [found] : []
        }),
        recordedAt: resolved.clock().toISOString(),
        sessionId: resolved.sessionId,
        generateId: resolved.generateId,
      })
      if (plan.kind === 'write') {
        const previous = log.at(-1)
        const records = plan.records.map(frozenJsonCopy)
        for (const record of records) {
          log.push(record)
          stream.push(record)
          byId.set(record.eventId, record)
        }
        streams.set(streamId, stream)
        hub.publish(records, previous)
      }
      return plan.result
    },

    async importEvents(events, importOptions) {
      guard.assertOpen()
      await validateImportInSlices(events)
      if (!importOptions?.replace) refuseOverlap(importedStreams(events).filter((streamId) => streams.has(streamId)))
      const duplicate = importOptions?.replace ? undefined : events.find((event) => byId.has(event.eventId))
      if (duplicate) throw new DuplicateEventIdError(duplicate.eventId, 'is already in the store: nothing was imported')
      const records = planImport(events, importOptions?.replace ? 0 : log.length).map(frozenJsonCopy)
      const previous = log.at(-1)
      if (importOptions?.replace) {
        log.length = 0
        streams.clear()
        byId.clear()
      }
      for (const record of records) {
        log.push(record)
        const stream = streams.get(record.streamId) ?? []
        stream.push(record)
        streams.set(record.streamId, stream)
        byId.set(record.eventId, record)
      }
      importOptions?.onProgress?.(records.length, records.length)
      if (importOptions?.replace) hub.cleared(records)
      else hub.publish(records, previous)
      return { imported: records.length, lastPosition: log.length }
    },

    async readStream(streamId, readOptions) {
      guard.assertOpen()
      validateReadStream(streamId, readOptions)
      // Versions are contiguous from 1, so version v sits at index v - 1.
      const stream = streams.get(streamId) ?? []
      const from = Math.max(readOptions?.fromVersion ?? 1, 1)
      return stream.slice(from - 1, readOptions?.toVersion)
    },

    async readAll(readOptions) {
      guard.assertOpen()
      validateReadAll(readOptions)
      return readFrom(readOptions?.fromPosition ?? 1, readOptions?.limit)
    },

    async streamVersion(streamId) {
      guard.assertOpen()
      validateReadStream(streamId, undefined)
      return streams.get(streamId)?.length ?? 0
    },

    subscribe(listener) {
      guard.assertOpen()
      return hub.subscribe(listener)
    },

    async clear() {
      guard.assertOpen()
      log.length = 0
      streams.clear()
      byId.clear()
      hub.cleared()
    },

    onCleared(listener) {
      guard.assertOpen()
      return hub.onCleared(listener)
    },

    async close() {
      if (guard.markClosed()) hub.close()
    },
  }
}

import { describe, expect, it } from 'vitest'
import { createDexieEventStore, StorageFullError } from '../../../src/kernel/eventstore'
import { serveImport } from '../../../src/kernel/eventstore/importWorkerBody'
import type {
  FromImportWorker,
  ImportWorkerPort,
  ToImportWorker,
} from '../../../src/kernel/eventstore/importWorkerProtocol'
import { event } from './contract'
import { describeImportContract, importLog } from './importContract'
import { quotaExceededFrom } from './quotaExceeded'

let databaseCount = 0
const freshName = () => `worker-import-${process.pid}-${++databaseCount}`

/**
 * The import's worker, served in this process over a MessageChannel: the same messages, copied
 * the same way (structured clone), as between a page and a dedicated Worker. `delayMs` holds each
 * message from the page that long, as a busy page would.
 */
function inProcessWorker({ delayMs = 0, sent = [] as ToImportWorker[] } = {}): ImportWorkerPort {
  const { port1: page, port2: worker } = new MessageChannel()
  serveImport(
    {
      postMessage: (message: FromImportWorker) => worker.postMessage(message),
      addEventListener: (_type, listener) => worker.addEventListener('message', listener as never),
    },
    indexedDB,
  )
  worker.start()
  page.start()
  return {
    postMessage(message) {
      sent.push(message)
      if (delayMs === 0) page.postMessage(message)
      else setTimeout(() => page.postMessage(message), delayMs)
    },
    addEventListener(type: 'message' | 'error', listener: (event: never) => void) {
      if (type === 'message') page.addEventListener('message', listener as (event: MessageEvent) => void)
    },
    terminate() {
      page.close()
      worker.close()
    },
  }
}

describeImportContract('Dexie, imports written in a worker', (options) =>
  createDexieEventStore({
    ...options,
    databaseName: freshName(),
    importWorker: { start: () => inProcessWorker(), fromEvents: 0 },
  }),
)

describe('Dexie: the import’s worker', () => {
  it('writes an import at least `fromEvents` long in the worker, a smaller one in the page', async () => {
    const sent: ToImportWorker[] = []
    const store = createDexieEventStore({
      databaseName: freshName(),
      sessionId: 'tab-a',
      importWorker: { start: () => inProcessWorker({ sent }), fromEvents: 300 },
    })
    await store.importEvents(importLog(2, 100, 'small'))
    expect(sent).toEqual([])
    await store.importEvents(importLog(3, 100, 'large'))
    expect(sent.filter((message) => message.kind === 'write').map((message) => message.end)).toEqual([100, 200, 300])
    expect(sent.map((message) => message.kind).at(-1)).toBe('commit')
    const stored = await store.readAll()
    expect(stored.map((recorded) => recorded.position)).toEqual(Array.from({ length: 500 }, (_, index) => index + 1))
    expect(new Set(stored.slice(200).map((recorded) => recorded.streamId.replace(/-\d+$/, '')))).toEqual(
      new Set(['Counter-large']),
    )
    await store.close()
  })

  it('keeps its transaction open while the page is slow to hand over the next chunk', async () => {
    const store = createDexieEventStore({
      databaseName: freshName(),
      sessionId: 'tab-a',
      importWorker: { start: () => inProcessWorker({ delayMs: 30 }), fromEvents: 0 },
    })
    await store.append('Counter-before', [event('CounterOpened')])
    const progress: number[] = []
    const result = await store.importEvents(importLog(5, 100), { onProgress: (written) => progress.push(written) })
    expect(result).toEqual({ imported: 500, lastPosition: 501 })
    expect(progress.at(-1)).toBe(500)
    expect((await store.readAll()).map((recorded) => recorded.position)).toEqual(
      Array.from({ length: 501 }, (_, index) => index + 1),
    )
    await store.close()
  })

  it('refuses an import whose add fails in the worker’s second chunk (a full disk), and stores none of it', async () => {
    const store = createDexieEventStore({
      databaseName: freshName(),
      sessionId: 'tab-a',
      importWorker: { start: () => inProcessWorker(), fromEvents: 0 },
    })
    await store.append('Counter-before', [event('CounterOpened')])
    const restore = quotaExceededFrom(150)
    try {
      await expect(store.importEvents(importLog(3, 100))).rejects.toBeInstanceOf(StorageFullError)
    } finally {
      restore()
    }
    expect((await store.readAll()).map((recorded) => recorded.streamId)).toEqual(['Counter-before'])
    await store.close()
  })

  it('writes in the page when the worker cannot start or fails before it begins', async () => {
    const failing: ImportWorkerPort = {
      postMessage: () => undefined,
      addEventListener(type: 'message' | 'error', listener: (event: never) => void) {
        if (type === 'error') setTimeout(() => listener(new Event('error') as never), 0)
      },
      terminate: () => undefined,
    }
    for (const start of [
      () => failing,
      (): ImportWorkerPort => {
        throw new Error('SecurityError: from disk')
      },
    ]) {
      const store = createDexieEventStore({
        databaseName: freshName(),
        sessionId: 'tab-a',
        importWorker: { start, fromEvents: 0 },
      })
      expect(await store.importEvents(importLog(3, 50))).toEqual({ imported: 150, lastPosition: 150 })
      expect(await store.readAll()).toHaveLength(150)
      await store.close()
    }
  })
})

import { EventStoreError, createInMemoryEventStore, type EventStore } from '../../kernel/eventstore'
import { decompressLog } from '../../kernel/logfile/shareLink'
import type { DomainRegistry } from '../../kernel/replayStream'
import { createPlaygroundStore } from '../createPlayground'
import type { PlaygroundStore } from '../state'

/** Said when anything tries to write to a log opened from a link. */
export class ReadOnlySharedLogError extends EventStoreError {
  override name = 'ReadOnlySharedLogError'
  constructor() {
    super('this is a shared log, read only: press Keep a copy to work on it in your own store.')
  }
}

/** A store that reads `store` and refuses every write, so a shared log is looked at, never changed. */
function readOnly(store: EventStore): EventStore {
  const refuse = () => Promise.reject(new ReadOnlySharedLogError())
  return {
    ...store,
    append: refuse,
    importEvents: refuse,
    clear: refuse,
    readStream: (...args) => store.readStream(...args),
    readAll: (...args) => store.readAll(...args),
    streamVersion: (...args) => store.streamVersion(...args),
    subscribe: (listener) => store.subscribe(listener),
    onCleared: (listener) => store.onCleared(listener),
    close: () => store.close(),
  }
}

/** A log opened from a shared link: its own app store over a read-only in-memory store, and the file's text. */
export interface SharedLog {
  readonly playground: PlaygroundStore
  /** The log file the link carries, for Keep a copy. */
  readonly text: string
  readonly events: number
}

/**
 * Opens the log a shared link carries in memory, apart from the visitor's own store: it is
 * unpacked, checked as an imported file is, and shown read only.
 * @throws SharedLinkError or ImportFileError when the link cannot be read.
 */
export async function openSharedLog(
  encoded: string,
  domains: DomainRegistry,
  initialDomain: string | null,
): Promise<SharedLog> {
  const text = await decompressLog(encoded)
  const { parseLogFile } = await import('../../kernel/logfile/logImport')
  const { events } = await parseLogFile(text, domains)
  const memory = createInMemoryEventStore({ sessionId: 'shared-link' })
  if (events.length > 0) await memory.importEvents(events)
  const playground = createPlaygroundStore(readOnly(memory), 'shared-link', { domains, initialDomain })
  return { playground, text, events: events.length }
}

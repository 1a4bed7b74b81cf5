import { afterEach } from 'vitest'
import { createDexieEventStore, type EventStore } from '../../../src/kernel/eventstore'

/**
 * Dexie stores standing for tabs of one browser: `connect` opens one on a database (each tab its
 * own connection), `freshName` names a new database, and every connection closes after each test.
 * Call it inside a `describe`.
 */
export function dexieConnections(prefix: string) {
  let databaseCount = 0
  const opened: EventStore[] = []
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()))
  })
  return {
    freshName: () => `${prefix}-${process.pid}-${++databaseCount}`,
    connect(databaseName: string, sessionId: string): EventStore {
      const store = createDexieEventStore({ databaseName, sessionId })
      opened.push(store)
      return store
    },
  }
}

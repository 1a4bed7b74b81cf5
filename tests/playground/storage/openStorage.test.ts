import { describe, expect, it } from 'vitest'
import { openStorage, requestPersistence } from '../../../src/playground/storage/openStorage'

describe('openStorage', () => {
  it('uses IndexedDB when it opens', async () => {
    const choice = await openStorage(`storage-${process.pid}-ok`, 'tab-1')
    expect(choice).toMatchObject({ persisted: true, reason: null })
    await choice.eventStore.append('Order-a', [{ type: 'OrderCreated', data: {} }])
    expect(await choice.eventStore.streamVersion('Order-a')).toBe(1)
    await choice.eventStore.close()
  })

  it('fault 9: falls back to memory, saying why, when IndexedDB is missing', async () => {
    const choice = await openStorage('storage-missing', 'tab-1', null)
    expect(choice).toMatchObject({ persisted: false, reason: 'IndexedDB is not available in this browser' })
    await choice.eventStore.append('Order-a', [{ type: 'OrderCreated', data: {} }])
    expect(await choice.eventStore.streamVersion('Order-a')).toBe(1)
  })

  it('fault 9: falls back to memory when IndexedDB refuses to open, and the fallback works', async () => {
    const refusing = {
      open() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError')
      },
      deleteDatabase() {
        throw new DOMException('denied', 'SecurityError')
      },
      cmp: (a: unknown, b: unknown) => indexedDB.cmp(a, b),
      databases: async () => [],
    } as unknown as IDBFactory
    const choice = await openStorage('storage-refused', 'tab-1', refusing)
    expect(choice.persisted).toBe(false)
    expect(choice.reason).toMatch(/^IndexedDB could not be opened/)
    await choice.eventStore.append('Order-a', [{ type: 'OrderCreated', data: {} }])
    expect(await choice.eventStore.readAll()).toHaveLength(1)
  })
})

describe('requestPersistence', () => {
  const manager = (persisted: boolean, grants: boolean) =>
    ({ persisted: async () => persisted, persist: async () => grants }) as unknown as StorageManager
  it.each([
    ['already persistent', manager(true, false), 'persistent'],
    ['granted on request', manager(false, true), 'persistent'],
    ['refused: best effort', manager(false, false), 'best effort'],
    ['no storage manager', null, 'unavailable'],
  ] as const)('fault 12: persistence %s', async (_, storage, expected) => {
    expect(await requestPersistence(storage)).toBe(expected)
  })
})

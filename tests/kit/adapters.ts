import { createInMemoryDerivedStorage, type DerivedStorage } from '../../src/kernel/readside/derivedStorage'
import { createDexieDerivedStorage } from '../../src/kernel/readside/dexieDerivedStorage'

let derivedCount = 0

/** Every derived-storage adapter, each call a fresh and empty one: for `describe.each` / `it.each`. */
export const DERIVED_STORAGES: readonly (readonly [name: string, open: () => DerivedStorage])[] = [
  ['in memory', createInMemoryDerivedStorage],
  ['Dexie', () => createDexieDerivedStorage(`derived-${process.pid}-${++derivedCount}`)],
]

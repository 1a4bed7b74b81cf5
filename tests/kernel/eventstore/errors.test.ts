import { describe, expect, it } from 'vitest'
import {
  ConcurrencyError,
  DuplicateEventIdError,
  EventStoreError,
  InvalidAppendError,
  StoreClosedError,
} from '../../../src/kernel/eventstore'

describe('event store errors', () => {
  // Class names are mangled by minification, so each error must carry its name as a literal.
  it.each([
    [new ConcurrencyError('Order-a', 1, 2), 'ConcurrencyError'],
    [new InvalidAppendError('streamId', 'bad'), 'InvalidAppendError'],
    [new DuplicateEventIdError('e-1', 'is reused'), 'DuplicateEventIdError'],
    [new StoreClosedError(), 'StoreClosedError'],
    [new EventStoreError('x'), 'EventStoreError'],
  ])('%s is named %s and is an EventStoreError', (error, name) => {
    expect(error.name).toBe(name)
    expect(error).toBeInstanceOf(EventStoreError)
    expect(error).toBeInstanceOf(Error)
  })

  it('names its class with a literal in the source, not with new.target', async () => {
    const { readFile } = await import('node:fs/promises')
    const source = await readFile(new URL('../../../src/kernel/eventstore/errors.ts', import.meta.url), 'utf8')
    expect(source).not.toMatch(/new\.target\.name|constructor\.name/)
  })
})

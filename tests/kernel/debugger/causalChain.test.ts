import { describe, expect, it } from 'vitest'
import { causalChain } from '../../../src/kernel/debugger/causalChain'
import type { RecordedEvent } from '../../../src/kernel/eventstore'

let position = 0
const versions = new Map<string, number>()
function recorded(id: string, streamId: string, type: string, correlationId: string, causationId: string | null) {
  position += 1
  const version = (versions.get(streamId) ?? 0) + 1
  versions.set(streamId, version)
  return {
    eventId: id,
    streamId,
    version,
    position,
    type,
    data: {},
    metadata: { correlationId, causationId, sessionId: 'tab', schemaVersion: 1 },
    recordedAt: '2026-11-30T10:00:00.000Z',
  } satisfies RecordedEvent
}

// A transfer: requested and withdrawn by one command, then a process deposits and completes it;
// another command on the same stream in between, and one appended with the deposit's cause but on its own.
const log: RecordedEvent[] = [
  recorded('open', 'Account-a', 'AccountOpened', 'open', null),
  recorded('req', 'Account-a', 'TransferRequested', 'req', null),
  recorded('wd', 'Account-a', 'MoneyWithdrawn', 'req', null),
  recorded('other', 'Account-a', 'MoneyDeposited', 'other', null),
  recorded('dep', 'Account-b', 'MoneyDeposited', 'req', 'wd'),
  recorded('done', 'Account-a', 'TransferCompleted', 'req', 'dep'),
]
const at = (id: string) => log.find((event) => event.eventId === id) as RecordedEvent
const ids = (events: readonly RecordedEvent[]) => events.map((event) => event.eventId)

describe('the causal chain of an event', () => {
  it('follows causation ids back to the first cause, nearest first, and on to every effect', () => {
    const chain = causalChain(log, at('dep'))
    expect(ids(chain.causedBy)).toEqual(['wd'])
    expect(ids(chain.ledTo)).toEqual(['done'])
    expect(ids(causalChain(log, at('done')).causedBy)).toEqual(['dep', 'wd'])
    expect(ids(causalChain(log, at('wd')).ledTo)).toEqual(['dep', 'done'])
  })
  it("groups a command's events: one append on one stream, not the next command's", () => {
    expect(ids(causalChain(log, at('req')).sameCommand)).toEqual(['req', 'wd'])
    expect(ids(causalChain(log, at('wd')).sameCommand)).toEqual(['req', 'wd'])
    expect(ids(causalChain(log, at('other')).sameCommand)).toEqual(['other'])
    expect(ids(causalChain(log, at('open')).sameCommand)).toEqual(['open'])
  })
  it('finds nothing for an event without links', () => {
    expect(causalChain(log, at('open'))).toEqual({ causedBy: [], sameCommand: [at('open')], ledTo: [] })
  })
})

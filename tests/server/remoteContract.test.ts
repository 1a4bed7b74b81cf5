import { afterAll, beforeAll, describe, it } from 'vitest'
import { createRemoteEventStore } from '../../src/kernel/eventstore'
import type { CreatedRoom } from '../../server/rooms/rooms'
import { describeEventStoreContract } from '../kernel/eventstore/contract'
import { describeImportContract } from '../kernel/eventstore/importContract'
import { postgresUrl, startTestServer, type TestServer } from './testServer'

/** Enough fresh rooms for every store the two suites open (each wants an empty store). */
const ROOMS = 260

if (postgresUrl) {
  let server: TestServer
  const rooms: CreatedRoom[] = []
  beforeAll(async () => {
    server = await startTestServer()
    for (let made = 0; made < ROOMS; made += 20)
      rooms.push(...(await Promise.all(Array.from({ length: 20 }, () => server.newRoom()))))
  }, 60_000)
  afterAll(() => server.close())

  const openRemote: Parameters<typeof describeEventStoreContract>[1] = (options) => {
    const room = rooms.pop()
    if (!room) throw new Error(`The remote contract suite needs more than ${ROOMS} rooms: raise ROOMS`)
    return createRemoteEventStore({ ...options, url: server.url, room: room.room, token: room.writeToken })
  }
  describeEventStoreContract('remote, through the real server, on PostgreSQL', openRemote)
  describeImportContract('remote, through the real server, on PostgreSQL', openRemote)
} else {
  describe.skip('EventStore contract: remote (PostgreSQL is not installed)', () => it('needs PostgreSQL'))
}

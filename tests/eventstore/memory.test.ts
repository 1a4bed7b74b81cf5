import { createInMemoryEventStore } from '../../src/eventstore'
import { describeEventStoreContract } from './contract'

describeEventStoreContract('in memory', (options) => createInMemoryEventStore(options))

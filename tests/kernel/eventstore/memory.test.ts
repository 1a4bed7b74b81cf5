import { createInMemoryEventStore } from '../../../src/kernel/eventstore'
import { describeEventStoreContract } from './contract'
import { describeImportContract } from './importContract'

describeEventStoreContract('in memory', (options) => createInMemoryEventStore(options))
describeImportContract('in memory', (options) => createInMemoryEventStore(options))

import { describe, expect, it } from 'vitest'
import { accountModule } from '../../src/domains/account/module'
import { catalogModule } from '../../src/domains/catalog/module'
import { loadSample } from '../../src/kernel/commands/loadSample'
import { handleCommand } from '../../src/kernel/commands/handleCommand'
import { createInMemoryEventStore, type EventStore } from '../../src/kernel/eventstore'
import { FIRST_ATTEMPT } from '../../src/kernel/learn/attempt'
import type { Exercise, ExerciseInput, LearnerActivity } from '../../src/kernel/learn/types'
import type { AnyDomainModule } from '../../src/kernel/domainModule'

async function withSample(module: AnyDomainModule): Promise<EventStore> {
  const store = createInMemoryEventStore({ sessionId: 'tab-1' })
  await loadSample(module, store, 'tab-1')
  return store
}

async function check(
  exercise: Exercise,
  store: EventStore,
  answers: Record<string, string> = {},
  activity: LearnerActivity[] = [],
) {
  const allEvents = await store.readAll()
  const input: ExerciseInput = { events: allEvents, allEvents, answers, activity, attempt: FIRST_ATTEMPT }
  return exercise.check(input)
}

const [balanceOnDate, firstNegative, compensate, transfers] = accountModule.exercises
const [history, statusThen, rebuild] = catalogModule.exercises

describe('the bank account exercises check themselves against the sample', () => {
  it('are not started before the sample is loaded', async () => {
    const empty = createInMemoryEventStore()
    expect((await check(balanceOnDate!, empty)).status).toBe('not started')
    expect((await check(compensate!, empty)).status).toBe('not started')
  })

  it('exercise 1: $150.00 at the end of 7 January 2024, computed from the dated events', async () => {
    const store = await withSample(accountModule)
    expect((await check(balanceOnDate!, store, { balance: '150' })).status).toBe('passed')
    expect((await check(balanceOnDate!, store, { balance: '$130.00' })).status).toBe('in progress')
    expect((await check(balanceOnDate!, store, { balance: '-270' })).detail).toMatch(/balance now/)
  })

  it('exercise 2: the position of the mistaken withdrawal, not its version', async () => {
    const store = await withSample(accountModule)
    const mistake = (await store.readAll()).find((event) => /mistake/.test(JSON.stringify(event.data)))!
    expect((await check(firstNegative!, store, { position: String(mistake.position) })).status).toBe('passed')
    expect((await check(firstNegative!, store, { position: String(mistake.version) })).detail).toMatch(/version/)
  })

  it('exercise 3: a $1,000.00 deposit after the mistake corrects it; another amount does not', async () => {
    const store = await withSample(accountModule)
    expect((await check(compensate!, store)).status).toBe('in progress')
    const deposit = (amountCents: number) =>
      handleCommand(accountModule, store, { type: 'Deposit', accountId: 'user_123', amountCents, source: 'fix' })
    await deposit(90_000)
    expect((await check(compensate!, store)).status).toBe('in progress')
    await deposit(100_000)
    // $900.00 stays as an ordinary deposit: the balance is -$270 + $900 + $1,000, and without the mistake $730 + $900.
    expect((await check(compensate!, store)).status).toBe('passed')
  })

  it('exercise 4: needs a completed transfer and a compensated one', async () => {
    const store = await withSample(accountModule)
    expect((await check(transfers!, store)).status).toBe('not started')
  })
})

describe('the catalog exercises check themselves against the sample', () => {
  it('exercise 1: cleo swapped bike-001 after two updates', async () => {
    const store = await withSample(catalogModule)
    expect((await check(history!, store, { who: 'cleo', updates: '2' })).status).toBe('passed')
    expect((await check(history!, store, { who: 'ana', updates: '2' })).detail).toMatch(/owner/)
  })

  it('exercise 2: reserved at noon on 4 March 2024', async () => {
    const store = await withSample(catalogModule)
    expect((await check(statusThen!, store, { status: 'Reserved' })).status).toBe('passed')
    expect((await check(statusThen!, store, { status: 'swapped' })).detail).toMatch(/status now/)
  })

  it('exercise 3: a pause, then a rebuild of Items', async () => {
    const store = await withSample(catalogModule)
    const paused: LearnerActivity = { kind: 'projections-paused', streamId: '', position: 10 }
    const rebuilt: LearnerActivity = { kind: 'read-model-rebuilt', streamId: 'catalogItems', position: 11 }
    expect((await check(rebuild!, store, {}, [rebuilt])).detail).toMatch(/nothing paused/)
    expect((await check(rebuild!, store, {}, [paused])).status).toBe('in progress')
    expect((await check(rebuild!, store, {}, [paused, rebuilt])).status).toBe('passed')
    expect((await check(rebuild!, store, {}, [rebuilt, paused])).status).toBe('in progress')
  })
})

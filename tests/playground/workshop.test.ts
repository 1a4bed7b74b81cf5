import { describe, expect, it } from 'vitest'
import orderTemplate from '../../src/domains/order/learner/orderTemplate.ts?raw'
import blankTemplate from '../../src/kernel/learner/blankTemplate.ts?raw'
import { BUILD_EXERCISES, DOMAINS } from '../../src/domains'
import { createInMemoryEventStore } from '../../src/kernel/eventstore'
import { loadLearnerEngine } from '../../src/kernel/learner/sandbox'
import type { LearnerState } from '../../src/kernel/learner/learnerModule'
import { createPlaygroundHost } from '../../src/playground/playgroundHost'
import { createInMemoryLearnerModuleStore } from '../../src/playground/storage/learnerModuleStore'
import { createWorkshop, startLearnerModules, type ProblemSink } from '../../src/playground/workshop/createWorkshop'
import { shipSolution } from '../kit/buildSolutions'
import { waitFor } from '../kit/waiting'

const createOrder = (orderId: string) =>
  ({ type: 'CreateOrder', orderId, customerId: 'c' }) as { readonly type: string }

const TEMPLATES = [
  { label: 'Blank', source: blankTemplate },
  { label: 'Order', source: orderTemplate },
]

/** A page's worth of wiring, as main.tsx does it, over memory stores. */
async function page(saved = createInMemoryLearnerModuleStore()) {
  const eventStore = createInMemoryEventStore({ sessionId: 'tab-test' })
  const sink: { current?: ProblemSink } = {}
  const started = await startLearnerModules(await saved.list(), loadLearnerEngine, {
    report: (id, problem) => sink.current?.report(id, problem),
  })
  const host = createPlaygroundHost(
    eventStore,
    'tab-test',
    DOMAINS,
    [...started.loaded.values()].map((each) => each.module),
    {},
  )
  let stop = host.current().getState().start()
  host.subscribe(() => {
    stop()
    stop = host.current().getState().start()
  })
  const workshop = createWorkshop(
    {
      store: saved,
      templates: TEMPLATES,
      exercises: BUILD_EXERCISES,
      engine: loadLearnerEngine,
      playground: {
        storedEvents: () => host.current().getState().log.events,
        builtInCategories: DOMAINS.map((module) => module.category),
        setLearnerModules: host.setLearnerModules,
      },
    },
    started,
    sink,
  )
  await waitFor(
    () => host.current().getState().loadStatus,
    (status) => status === 'ready',
  )
  return { host, workshop, saved, eventStore, stop: () => stop() }
}

describe('the workshop: a learner module runs beside the built-in domains', () => {
  it('Run loads the module into a new playground over the same store, focused on it, and saves what ran', async () => {
    const { host, workshop, saved, stop } = await page()
    await workshop.getState().create('Order')
    expect(await workshop.getState().run()).toBe(true)
    const playground = host.current().getState()
    expect(playground.domain.category).toBe('MyOrder')
    expect(playground.domains.modules.map((module) => module.category)).toEqual([
      'Order',
      'Account',
      'CatalogItem',
      'MyOrder',
    ])
    expect(await playground.send(createOrder('w-1'))).toMatchObject({
      tone: 'success',
    })
    const [record] = await saved.list()
    expect(record?.runningSource).toBe(orderTemplate)
    stop()
  })

  it('a failing Run keeps the previous version running, and says where the code broke', async () => {
    const { host, workshop, stop } = await page()
    await workshop.getState().create('Order')
    await workshop.getState().run()
    const before = host.current()
    workshop.getState().edit(orderTemplate.replace("title: 'My order',", "title: 'My order',\n  oops oops"))
    expect(await workshop.getState().run()).toBe(false)
    expect(host.current()).toBe(before)
    expect(workshop.getState().problem).toMatchObject({ when: 'run', location: { line: expect.any(Number) as number } })
    expect(workshop.getState().problem?.message).toMatch(/^Line \d+, column \d+: /)
    stop()
  })

  it('Run again re-folds the stored events with the new evolve: state is derived from the facts', async () => {
    const { host, workshop, stop } = await page()
    await workshop.getState().create('Order')
    await workshop.getState().run()
    await host.current().getState().send(createOrder('w-2'))
    const stateOf = () => host.current().getState().log.stateAt('MyOrder-w-2', 1) as LearnerState
    expect(stateOf().value).toMatchObject({ status: 'created' })
    workshop
      .getState()
      .edit(
        orderTemplate.replace(
          "status: 'created', orderId: event.data.orderId",
          "status: 'open', orderId: event.data.orderId",
        ),
      )
    await workshop.getState().run()
    await waitFor(
      () => host.current().getState().eventCount,
      (count) => count === 1,
    )
    expect(stateOf().value).toMatchObject({ status: 'open' })
    stop()
  })

  it('refuses a category that is taken, and keeps saved modules running after a reload', async () => {
    const first = await page()
    await first.workshop.getState().create('Order')
    await first.workshop.getState().run()
    await first.workshop.getState().create('Order')
    expect(await first.workshop.getState().run()).toBe(false)
    expect(first.workshop.getState().problem?.message).toBe(
      'The category MyOrder is taken by My order: choose another.',
    )
    first.workshop
      .getState()
      .edit(
        orderTemplate
          .replace("category: 'Order'", "category: 'Order'")
          .replace("category: 'MyOrder'", "category: 'Order'"),
      )
    expect(await first.workshop.getState().run()).toBe(false)
    expect(first.workshop.getState().problem?.message).toBe(
      'The category Order is taken by the built-in Order domain: choose another.',
    )
    first.stop()

    const reloaded = await page(first.saved)
    expect(reloaded.host.current().getState().domains.forCategory('MyOrder')?.title).toBe('My order')
    expect(Object.values(reloaded.workshop.getState().running).map((running) => running.category)).toEqual(['MyOrder'])
    reloaded.stop()
  })

  it('Check runs the hidden cases against the editor’s code, run or not; an empty file loads nothing', async () => {
    const { workshop, stop } = await page()
    await workshop.getState().create('Order')
    workshop.getState().edit(shipSolution(orderTemplate))
    expect(await workshop.getState().check('build-ship')).toEqual({ passed: true, detail: 'All 4 cases pass.' })
    await workshop.getState().importFile('empty.ts', '  ')
    expect(workshop.getState().message).toBe('empty.ts is empty: nothing was loaded.')
    expect(workshop.getState().modules).toHaveLength(1)
    await workshop.getState().remove(workshop.getState().modules[0]?.id ?? '')
    expect(workshop.getState().modules).toEqual([])
    stop()
  })

  it('a save of the editor’s text still waiting never lands over what Run or Delete wrote', async () => {
    const memory = createInMemoryLearnerModuleStore()
    // A slow disk: each save takes longer than the editor waits before saving.
    const slow = {
      ...memory,
      save: async (record: Parameters<typeof memory.save>[0]) => {
        await new Promise((resolve) => setTimeout(resolve, 600))
        await memory.save(record)
      },
    }
    const { workshop, stop } = await page(slow)
    await workshop.getState().create('Order')
    const edited = orderTemplate.replace("title: 'My order'", "title: 'Edited order'")
    workshop.getState().edit(edited)
    expect(await workshop.getState().run()).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect((await memory.list()).map((record) => record.runningSource)).toEqual([edited])

    workshop.getState().edit(`${edited}\n// more`)
    await workshop.getState().remove(workshop.getState().modules[0]?.id ?? '')
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect(await memory.list()).toEqual([])
    stop()
  })
})

import { DomainViewsProvider } from '../../src/react/DomainViews'
import { DOMAIN_VIEWS } from '../../src/domains/views'
import { sendOrder } from '../kit/orderCommands'
import { PAGE_DOMAINS } from '../kit/domains'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { PlaygroundProvider } from '../../src/react/PlaygroundProvider'
import { createPlaygroundStore, type PlaygroundStoreOptions } from '../../src/playground/createPlayground'
import { WALKTHROUGH_SAMPLE } from '../../src/domains/order/samples/commands'
import { createInMemoryEventStore, type EventStore } from '../../src/kernel/eventstore'
import { WorkshopProvider } from '../../src/react/WorkshopProvider'
import { createWorkshop } from '../../src/playground/workshop/createWorkshop'
import { createInMemoryLearnerModuleStore } from '../../src/playground/storage/learnerModuleStore'
import { loadLearnerEngine } from '../../src/kernel/learner/sandbox'

// happy-dom does no layout, so every element measures 0 × 0 and a virtualised list shows no rows.
// Give the virtualised lists (the event log's grid, the order list) the size they have on a real screen.
for (const [property, size] of [
  ['clientHeight', 600],
  ['clientWidth', 800],
] as const) {
  Object.defineProperty(HTMLElement.prototype, property, {
    configurable: true,
    get(this: HTMLElement) {
      return this.getAttribute('role') === 'grid' || this.classList.contains('order-list') ? size : 0
    },
  })
}

// happy-dom's ResizeObserver reports 0 × 0 boxes, which would undo the sizes above.
globalThis.ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

/** Renders UI around a fresh event store and a fresh app store: nothing leaks between tests. */
export function renderPlayground(
  ui: ReactElement,
  eventStore: EventStore = createInMemoryEventStore({ sessionId: 'tab-test' }),
  options: Partial<PlaygroundStoreOptions> = {},
) {
  const store = createPlaygroundStore(eventStore, 'tab-test', { domains: PAGE_DOMAINS, ...options })
  // The Build view's store, with no modules: the panels read it for a running module's problems.
  const workshop = createWorkshop(
    {
      store: createInMemoryLearnerModuleStore(),
      templates: [],
      exercises: [],
      engine: loadLearnerEngine,
      playground: {
        storedEvents: () => store.getState().log.events,
        builtInCategories: PAGE_DOMAINS.modules.map((module) => module.category),
        setLearnerModules: () => undefined,
      },
    },
    { records: [], loaded: new Map(), failed: [] },
    {},
  )
  return {
    ...render(
      <PlaygroundProvider store={store}>
        <WorkshopProvider store={workshop}>
          <DomainViewsProvider views={DOMAIN_VIEWS}>{ui}</DomainViewsProvider>
        </WorkshopProvider>
      </PlaygroundProvider>,
    ),
    store,
    eventStore,
  }
}

/** An in-memory store holding the learning material's walkthrough: order-001, four events. */
export async function walkthroughStore(): Promise<EventStore> {
  const eventStore = createInMemoryEventStore({ sessionId: 'tab-seed' })
  for (const command of WALKTHROUGH_SAMPLE) await sendOrder(eventStore, command)
  return eventStore
}

// happy-dom does no layout, so nothing is ever on screen: the read-model tables mount only when
// seen (OnScreen). Here every observed element is on screen, as the panel is on a real one.
export function showEverythingOnScreen(): void {
  globalThis.IntersectionObserver = class {
    constructor(private readonly report: IntersectionObserverCallback) {}
    observe(target: Element): void {
      this.report(
        [{ isIntersecting: true, target } as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      )
    }
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof IntersectionObserver
}

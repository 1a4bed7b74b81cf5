import { DomainViewsProvider } from './react/DomainViews'
import { DOMAIN_VIEWS } from './domains/views'
import { BUILD_EXERCISES, DOMAINS, LEARNER_TEMPLATES } from './domains'
import { loadLearnerEngine } from './kernel/learner/sandbox'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import {
  openStorage,
  requestPersistence,
  type StorageChoice,
  type StorageNotices,
} from './playground/storage/openStorage'
import { openSharedStorage, type SharedStorageChoice } from './playground/storage/openSharedStorage'
import {
  describeSharedStoreProblem,
  forgetSharedStore,
  savedSharedStore,
} from './playground/storage/sharedStoreConnection'
import { PlaygroundHostProvider } from './react/PlaygroundHostProvider'
import { WorkshopProvider } from './react/WorkshopProvider'
import { createPlaygroundHost } from './playground/playgroundHost'
import { readSavedLatest } from './playground/logLoader'
import { createWorkshop, startLearnerModules, type ProblemSink } from './playground/workshop/createWorkshop'
import { openLearnerModuleStore } from './playground/storage/learnerModuleStore'
import { tabSessionId } from './playground/storage/tabSession'
import type { Feedback, SubmitOptions } from './playground/slices/commandSession'
import type { EventStore } from './kernel/eventstore'
import { App } from './ui/App'
import { domainInUrl } from './ui/useHashRoute'
import { OpeningBlocked } from './ui/OpeningBlocked'
import './ui/styles.css'

/** The IndexedDB database every tab of the playground shares. */
export const DATABASE_NAME = 'event-sourcing-playground'

declare global {
  interface Window {
    /** The event store of this tab, for trying the API from the browser console (see the README). */
    playground: {
      readonly store: EventStore
      readonly sessionId: string
      /**
       * Sends a command of any domain (Order, Account, CatalogItem, a learner's module: found by its
       * type, or named by `{ domain: '<category>' }` when two share it) through that domain's rules,
       * as its Commands panel does; resolves with what it said. On a conflict it
       * reloads the stream and decides again, as the panel's automatic retry does, unless `{ retry: false }`.
       */
      send(
        command: { readonly type: string; readonly [field: string]: unknown },
        options?: SubmitOptions & { readonly domain?: string },
      ): Promise<Feedback>
    }
  }
}

async function start(): Promise<void> {
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  const sessionId = tabSessionId()
  const reactRoot = createRoot(root)
  // The database can be upgraded by another tab before this tab's app store exists: remember it.
  const superseded: { happened: boolean; tell?: () => void } = { happened: false }
  const notices = {
    onVersionChange: () => {
      superseded.happened = true
      superseded.tell?.()
    },
    // Said, not hung: the open carries on by itself once the other tab lets go.
    onBlocked: () => reactRoot.render(<OpeningBlocked />),
  }
  const { choice, sharedProblem } = await openChosenStorage(sessionId, notices)
  const { eventStore, progressStore, derivedStorage, openScratch, persisted, reason } = choice
  const shared = 'shared' in choice ? (choice as SharedStorageChoice) : null
  // Reading the log begins now and goes on while React renders the first screen. The store
  // reports a failed read; this catch only keeps the browser from calling it unhandled meanwhile.
  // The savepoint first (a long log's latest states, see logLoader.ts), then the whole log.
  const initialLatest = readSavedLatest(eventStore, derivedStorage).catch(() => null)
  const initialLog = initialLatest.then(() => eventStore.readAll())
  initialLog.catch(() => undefined)
  // The learner's modules that ran last time run again before the first render, so their streams fold.
  const learner = await openLearnerModuleStore(`${DATABASE_NAME}-learner-modules`)
  const problems: { current?: ProblemSink } = {}
  const started = await startLearnerModules(learner.records, loadLearnerEngine, {
    report: (moduleId, problem) => problems.current?.report(moduleId, problem),
  })
  const host = createPlaygroundHost(
    eventStore,
    sessionId,
    DOMAINS,
    [...started.loaded.values()].map((loaded) => loaded.module),
    {
      progressStore,
      derivedStorage,
      openScratch,
      storage: { persisted, reason, ...(shared ? { shared: shared.shared } : {}) },
      initialLog,
      initialLatest,
      initialDomain: domainInUrl(),
    },
  )
  const playground = () => host.current().getState()
  const workshop = createWorkshop(
    {
      store: learner.store,
      templates: LEARNER_TEMPLATES,
      exercises: BUILD_EXERCISES,
      engine: loadLearnerEngine,
      playground: {
        storedEvents: () => playground().log.events,
        builtInCategories: DOMAINS.map((module) => module.category),
        setLearnerModules: host.setLearnerModules,
      },
    },
    started,
    problems,
  )
  superseded.tell = () => playground().markSuperseded()
  if (shared) shared.eventStore.onConnectionChange((state) => playground().setSharedConnection(state))
  if (shared) playground().setSharedConnection(shared.eventStore.connection())
  if (sharedProblem)
    host.current().setState({ storeMessage: { tone: 'error', text: sharedProblem, from: 'shared-store' } })
  if (superseded.happened) superseded.tell()
  window.playground = {
    store: eventStore,
    sessionId,
    send: (command, options) => playground().send(command, options),
  }
  reactRoot.render(
    <StrictMode>
      <PlaygroundHostProvider host={host}>
        <WorkshopProvider store={workshop}>
          <DomainViewsProvider views={DOMAIN_VIEWS}>
            <App />
          </DomainViewsProvider>
        </WorkshopProvider>
      </PlaygroundHostProvider>
    </StrictMode>,
  )
  playground().setPersistence(persisted && !shared ? await requestPersistence() : 'unavailable')
}

/**
 * The room of a shared store this tab was connected to (sessionStorage), or else the browser's
 * own store. A room that no longer opens is forgotten, and the page says why.
 */
async function openChosenStorage(
  sessionId: string,
  notices: StorageNotices,
): Promise<{ choice: StorageChoice | SharedStorageChoice; sharedProblem: string | null }> {
  const connection = savedSharedStore()
  if (connection) {
    try {
      return { choice: await openSharedStorage(connection, sessionId, DATABASE_NAME), sharedProblem: null }
    } catch (error) {
      forgetSharedStore()
      const problem = `Back on this browser's store: the shared store did not open. ${describeSharedStoreProblem(error)}`
      return { choice: await openStorage(DATABASE_NAME, sessionId, undefined, notices), sharedProblem: problem }
    }
  }
  return { choice: await openStorage(DATABASE_NAME, sessionId, undefined, notices), sharedProblem: null }
}

void start()

import { categoryOf, type AnyDomainModule, type StoredEvent, type VersionedState } from './domainModule'

/** Folds one stored event into state with the module's reader and evolve; unreadable events only count a version. */
export function replayStoredEvent<State extends VersionedState>(
  module: AnyDomainModule,
  state: State,
  stored: StoredEvent,
): State {
  const reading = module.readEvent(stored)
  const next: State = reading.kind === 'known' ? module.decider.evolve(state, reading.event) : state
  // evolve counts one version per event; only a stream that skips events needs the stored one set.
  return next.version === stored.version ? next : { ...next, version: stored.version }
}

/**
 * Folds a stream's stored events onto `from` (default: the initial state) with the module's fast
 * fold when it has one, else event by event. Older schemas are upcast on the way; events the
 * module cannot read are skipped but still count towards the version.
 */
export function replayStream<State extends VersionedState = VersionedState>(
  module: AnyDomainModule,
  events: Iterable<StoredEvent>,
  from: State = module.decider.initialState as State,
): State {
  if (module.replay) return module.replay(events, from) as State
  let state = from
  for (const stored of events) state = replayStoredEvent(module, state, stored)
  return state
}

/** The modules a playground knows, by category: the one lookup every generic layer uses. */
export interface DomainRegistry {
  readonly modules: readonly AnyDomainModule[]
  /** The module of a category, if one is registered. */
  forCategory(category: string): AnyDomainModule | undefined
  /** The module whose category a stream id starts with (`Order-…`), if any. */
  forStream(streamId: string): AnyDomainModule | undefined
}

/** A registry over `modules`; refuses two modules of one category, or a category that is not PascalCase. */
export function createDomainRegistry(modules: readonly AnyDomainModule[]): DomainRegistry {
  const byCategory = new Map<string, AnyDomainModule>()
  for (const module of modules) {
    if (!/^[A-Z][A-Za-z0-9]*$/.test(module.category))
      throw new Error(`A domain's category must be a PascalCase name, not "${module.category}".`)
    if (byCategory.has(module.category)) throw new Error(`Two domains have the category ${module.category}.`)
    byCategory.set(module.category, module)
  }
  return {
    modules,
    forCategory: (category) => byCategory.get(category),
    forStream: (streamId) => byCategory.get(categoryOf(streamId)),
  }
}

import type { DomainRegistry } from '../kernel/replayStream'
import type { EventStore } from '../kernel/eventstore'
import type { DerivedStorage } from '../kernel/readside/derivedStorage'
import type { Projection } from '../kernel/readside/projection'
import { createProjectionRunner, type ProjectionRunner } from './readside/projectionRunner'

/** Every domain's read models by projection name, each kept by its own runner. */
export type ReadModels = ReadonlyMap<string, ProjectionRunner<unknown>>

/** Every projection of every registered domain; refuses two of one name, which would share storage. */
export function projectionsOf(domains: DomainRegistry): readonly Projection<unknown>[] {
  const projections = domains.modules.flatMap((module) => module.projections as readonly Projection<unknown>[])
  const names = new Set<string>()
  for (const projection of projections) {
    if (names.has(projection.name)) throw new Error(`Two projections are named ${projection.name}.`)
    names.add(projection.name)
  }
  return projections
}

export function createReadModels(
  domains: DomainRegistry,
  eventStore: EventStore,
  storage: DerivedStorage,
  lastPosition: () => number,
): ReadModels {
  return new Map(
    projectionsOf(domains).map((projection) => [
      projection.name,
      createProjectionRunner(projection, eventStore, storage, lastPosition),
    ]),
  )
}

/** Every runner, for starting, resetting or rebuilding them all. */
export function eachReadModel(readModels: ReadModels): ReadonlyArray<ProjectionRunner<unknown>> {
  return [...readModels.values()]
}

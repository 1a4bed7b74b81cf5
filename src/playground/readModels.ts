import type { DomainRegistry } from '../kernel/replayStream'
import type { EventStore } from '../kernel/eventstore'
import type { DerivedStorage } from '../kernel/readside/derivedStorage'
import type { Projection } from '../kernel/readside/projection'
import { createProjectionRunner, type LogPageReader, type ProjectionRunner } from './readside/projectionRunner'
import { createProcessRunner, type ProcessRunner } from './readside/processRunner'

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
  readPage?: LogPageReader,
): ReadModels {
  return new Map(
    projectionsOf(domains).map((projection) => [
      projection.name,
      createProjectionRunner(projection, eventStore, storage, lastPosition, readPage),
    ]),
  )
}

/** Every runner, for starting, resetting or rebuilding them all. */
export function eachReadModel(readModels: ReadModels): ReadonlyArray<ProjectionRunner<unknown>> {
  return [...readModels.values()]
}

/** Every process of every registered domain, each run by its own runner over its read model. */
export function createProcessRunners(
  domains: DomainRegistry,
  readModels: ReadModels,
  eventStore: EventStore,
  sessionId: string,
  lastPosition: () => number,
  onAppended: (streamId: string) => void,
): ReadonlyMap<string, ProcessRunner> {
  const processes = domains.modules.flatMap((module) => module.processes ?? [])
  return new Map(
    processes.map((process) => {
      const readModel = readModels.get(process.projection.name)
      if (!readModel)
        throw new Error(
          `Process ${process.name} keeps its state in ${process.projection.name}, which is not one of its domain's projections.`,
        )
      return [
        process.name,
        createProcessRunner(process, readModel, domains, eventStore, sessionId, lastPosition, onAppended),
      ]
    }),
  )
}

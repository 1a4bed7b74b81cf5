import { categoryOf, type AnyDomainModule, type StoredEvent } from '../domainModule'
import { compileLearnerCode } from './compileLearnerCode'
import { checkDescription, type LearnerDescription } from './learnerDescription'
import { LearnerCodeError } from './learnerCodeProblem'
import { asCodeError, learnerDomainModule, type LearnerModuleOptions, type LearnerState } from './learnerModule'
import { LearnerSandbox, type LearnerEngine } from './sandbox'

/** A learner's module, compiled, checked and running in its sandbox. */
export interface LoadedLearnerModule {
  readonly module: AnyDomainModule
  readonly description: LearnerDescription
  readonly sandbox: LearnerSandbox
}

/** A stream's events, for the checks a module must pass against what is stored. */
export interface StoredStreamEvent extends StoredEvent {
  readonly streamId: string
}

/** A 31-bit fingerprint of the code: snapshots and read models made by other code are set aside. */
export function codeFingerprint(source: string): number {
  let hash = 2166136261
  for (let index = 0; index < source.length; index += 1) hash = Math.imul(hash ^ source.charCodeAt(index), 16777619)
  return hash >>> 1 || 1
}

/**
 * Compiles a module, runs it in a fresh sandbox and checks it against the stored events of its
 * category: every stream folds without an error, and folds to the same state twice (evolve
 * keeps no state of its own). Throws LearnerCodeError, naming the line where it can; the sandbox
 * is disposed then, and whatever ran before stays as it was.
 */
export function loadLearnerModule(
  engine: LearnerEngine,
  source: string,
  stored: readonly StoredStreamEvent[],
  options: Omit<LearnerModuleOptions, 'codeVersion'>,
): LoadedLearnerModule {
  const sandbox = new LearnerSandbox(engine.quickJs, compileLearnerCode(engine.transform, source))
  try {
    const description = checkDescription(sandbox.call('describe'))
    // While the stored events are checked, problems are collected here; from then on they are the page's to show.
    const failures: LearnerCodeError[] = []
    let checking = true
    const module = learnerDomainModule(sandbox, description, {
      ...options,
      codeVersion: codeFingerprint(source),
      onProblem: (problem) => (checking ? failures.push(problem) : options.onProblem(problem)),
    })
    checkAgainstStored(module, stored, failures)
    checking = false
    return { module, description, sandbox }
  } catch (error) {
    sandbox.dispose()
    throw asCodeError(error)
  }
}

function checkAgainstStored(
  module: AnyDomainModule,
  stored: readonly StoredStreamEvent[],
  failures: LearnerCodeError[],
): void {
  const streams = new Map<string, StoredStreamEvent[]>()
  for (const event of stored) {
    if (categoryOf(event.streamId) !== module.category) continue
    const events = streams.get(event.streamId)
    if (events) events.push(event)
    else streams.set(event.streamId, [event])
  }
  for (const [streamId, events] of streams) {
    const once = module.replay?.(events) as LearnerState
    const failed = failures[0]
    if (failed)
      throw new LearnerCodeError(
        `Folding the stored events of ${streamId}: ${failed.detail}`,
        failed.location,
        failed.kind,
      )
    const twice = module.replay?.(events) as LearnerState
    const first = JSON.stringify(once.value)
    const second = JSON.stringify(twice.value)
    if (first !== second) {
      throw new LearnerCodeError(
        `evolve is not deterministic: folding the ${events.length} events of ${streamId} twice gave two different states (${first.slice(0, 80)} and ${second.slice(0, 80)}). Keep evolve free of state of its own.`,
        null,
        'runtime',
      )
    }
  }
}

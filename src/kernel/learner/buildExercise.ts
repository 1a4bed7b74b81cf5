import type { AnyDomainModule } from '../domainModule'
import { replayStream } from '../replayStream'
import type { LearnerCommand, LearnerEvent } from './learnerDomain'

/** One hidden case: the events a stream holds, a command, and what the rules must say. */
export interface BuildCase {
  /** What the case checks, in words: "a paid order ships". */
  readonly name: string
  readonly given: readonly LearnerEvent[]
  readonly when: LearnerCommand & { readonly [field: string]: unknown }
  /** The events decide must return (each `data` need only hold the fields named), or a refusal. */
  readonly then:
    | { readonly events: readonly { readonly type: string; readonly data?: Readonly<Record<string, unknown>> }[] }
    | { readonly refused: true }
}

/** An exercise the learner does by writing code: their module is checked against hidden cases. */
export interface BuildExercise {
  readonly id: string
  readonly title: string
  readonly goal: string
  readonly steps: readonly string[]
  /** What passing takes, as the card says it. */
  readonly criteria: string
  /** The template it starts from: "Order", or "Blank". */
  readonly startFrom: string
  readonly cases: readonly BuildCase[]
}

export interface BuildCheckResult {
  readonly passed: boolean
  /** Which case failed and why, or how many passed. */
  readonly detail: string
}

const describeEvents = (events: readonly { type: string; data?: unknown }[]) =>
  events.length === 0
    ? 'no events'
    : events.map((event) => `${event.type} ${JSON.stringify(event.data ?? {})}`).join(', ')

function matches(expected: Readonly<Record<string, unknown>> | undefined, actual: unknown): boolean {
  if (!expected) return true
  const record = (actual ?? {}) as Record<string, unknown>
  return Object.entries(expected).every(([field, value]) => JSON.stringify(record[field]) === JSON.stringify(value))
}

/** Runs every case against a module, the way a given/when/then test would; the first failure is named. */
export function checkBuildExercise(exercise: BuildExercise, module: AnyDomainModule): BuildCheckResult {
  const commandTypes = new Set(module.commands.map((command) => command.type))
  const missing = exercise.cases.find((testCase) => !commandTypes.has(testCase.when.type))
  if (missing)
    return {
      passed: false,
      detail: `Your module has no command ${missing.when.type}: add it to commands, and decide it.`,
    }
  for (const testCase of exercise.cases) {
    const given = testCase.given.map((event, index) => ({ ...event, version: index + 1 }))
    const state = replayStream(module, given)
    const decision = module.decider.decide(testCase.when, state)
    const said = decision.ok
      ? describeEvents(decision.events as LearnerEvent[])
      : `a refusal ("${decision.error.message}")`
    const fail = (wanted: string) => ({
      passed: false,
      detail: `Case "${testCase.name}" failed: expected ${wanted}, but decide returned ${said}.`,
    })
    if ('refused' in testCase.then) {
      if (decision.ok) return fail('a refusal')
      if (decision.error.code === 'LearnerCodeError')
        return { passed: false, detail: `Case "${testCase.name}" failed: ${decision.error.message}` }
      continue
    }
    const wanted = testCase.then.events
    const wantedWords = describeEvents(wanted)
    if (!decision.ok) return fail(wantedWords)
    const events = decision.events as readonly LearnerEvent[]
    const same =
      events.length === wanted.length &&
      wanted.every((event, index) => events[index]?.type === event.type && matches(event.data, events[index]?.data))
    if (!same) return fail(wantedWords)
  }
  return { passed: true, detail: `All ${exercise.cases.length} cases pass.` }
}

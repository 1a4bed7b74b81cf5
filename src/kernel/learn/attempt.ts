import { categoryOf, targetIn, type AnyDomainModule } from '../domainModule'
import type { RecordedEvent } from '../eventstore'

/**
 * One go at an exercise. The ids its steps name are its own: the first attempt uses the ids as
 * written (ex1-a), a later one a numbered copy (ex1-a-2) when an id was already taken before the
 * attempt began, so "Reset exercise" leaves steps that can be followed again as written.
 */
export interface ExerciseAttempt {
  /** 1 for the first attempt, 2 for the one after a reset that found the ids taken, … */
  readonly round: number
  /** This attempt's copy of one of the exercise's ids. */
  id(base: string): string
  /** A sentence of the card with every id of the exercise replaced by this attempt's copy. */
  text(words: string): string
}

/** The id `base` takes in a given round: itself in the first, `base-2`, `base-3`… after. */
export const numberedCopy = (base: string, round: number): string => (round === 1 ? base : `${base}-${round}`)

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The attempt for exercise `ids`, given the targets that existed when it began. */
export function exerciseAttempt(ids: readonly string[], taken: ReadonlySet<string>): ExerciseAttempt {
  let round = 1
  while (ids.some((base) => taken.has(numberedCopy(base, round)))) round += 1
  // Longest first, so ex1-ab is replaced before ex1-a.
  const pattern =
    ids.length === 0
      ? null
      : new RegExp(
          `(?<![\\w-])(${[...ids]
            .sort((a, b) => b.length - a.length)
            .map(escaped)
            .join('|')})(?![\\w-])`,
          'g',
        )
  return {
    round,
    id: (base) => numberedCopy(base, round),
    text: (words) => (pattern ? words.replace(pattern, (base) => numberedCopy(base, round)) : words),
  }
}

/** The module's targets with an event at or before `position`: the ids an attempt starting there cannot reuse. */
export function targetsUpTo(
  module: AnyDomainModule,
  events: readonly RecordedEvent[],
  position: number,
): ReadonlySet<string> {
  const taken = new Set<string>()
  for (const event of events) {
    if (event.position > position) break
    if (categoryOf(event.streamId) === module.category) taken.add(targetIn(module, event.streamId))
  }
  return taken
}

/** The exercise's current attempt: the one that began at `sincePosition` (its last reset). */
export function currentAttempt(
  module: AnyDomainModule,
  ids: readonly string[] | undefined,
  events: readonly RecordedEvent[],
  sincePosition: number,
): ExerciseAttempt {
  return exerciseAttempt(ids ?? [], sincePosition > 0 ? targetsUpTo(module, events, sincePosition) : new Set())
}

/** The first attempt, for exercises shown without a log. */
export const FIRST_ATTEMPT: ExerciseAttempt = exerciseAttempt([], new Set())

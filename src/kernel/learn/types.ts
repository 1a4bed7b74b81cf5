import type { RecordedEvent } from '../eventstore'
import type { ExerciseAttempt } from './attempt'

export type { ExerciseAttempt } from './attempt'

/** A command of some domain: its type and its fields. */
export interface AnyCommand {
  readonly type: string
}

export type ExerciseStatus = 'not started' | 'in progress' | 'passed'

/** Something the learner did that events alone do not show. */
export interface LearnerActivity {
  /** A conflict met, a conflict resolved by a retry, the read models paused, or one rebuilt. */
  readonly kind: 'conflict' | 'conflict-resolved' | 'projections-paused' | 'read-model-rebuilt'
  /** The stream of a conflict; the read model's name for a rebuild; '' for a pause. */
  readonly streamId: string
  /**
   * The last position in the store when a conflict happened; for a pause or a rebuild, the position
   * after it (it bears on the events to come). Exercise resets compare against it.
   */
  readonly position: number
}

/** One exercise's progress: where it was last reset, and the learner's answers. */
export interface ExerciseRecord {
  readonly exerciseId: string
  /** The exercise only counts events (and activity) after this position. */
  readonly sincePosition: number
  readonly answers: Readonly<Record<string, string>>
}

/** The learner's progress as a log file carries it: positions are the file's. */
export interface ProgressInFile {
  readonly records: readonly ExerciseRecord[]
  readonly activity: readonly LearnerActivity[]
}

/** Everything a check may look at: pure data, so checks are pure functions. */
export interface ExerciseInput {
  /** Events after the exercise's reset position, in position order. */
  readonly events: readonly RecordedEvent[]
  /** Every event in the store, for questions about positions. */
  readonly allEvents: readonly RecordedEvent[]
  readonly answers: Readonly<Record<string, string>>
  readonly activity: readonly LearnerActivity[]
  /** Which go at the exercise this is: the ids it uses. */
  readonly attempt: ExerciseAttempt
}

export interface ExerciseResult {
  readonly status: ExerciseStatus
  /** What is met and what is missing, in a sentence. */
  readonly detail: string
}

export interface AnswerField {
  readonly name: string
  readonly label: string
}

export interface Exercise {
  readonly id: string
  readonly number: number
  readonly title: string
  readonly goal: string
  readonly steps: readonly string[]
  readonly hints: readonly string[]
  readonly concept: { readonly name: string; readonly view: 'playground' | 'lab'; readonly panel: string }
  /** The exact pass criteria, as shown on the card. */
  readonly criteria: string
  /**
   * The ids the card names (ex1-a, ex5-history). After a reset they are renamed wherever the card
   * says them (ex1-a-2) when they were taken before: see ExerciseAttempt.
   */
  readonly ids?: readonly string[]
  readonly answerFields?: readonly AnswerField[]
  /** A question computed from the log (exercises 5 and 8). */
  readonly question?: (allEvents: readonly RecordedEvent[], attempt: ExerciseAttempt) => string | null
  /** Commands that write the history a question is about: each attempt gets a history of its own. */
  readonly setup?: { readonly label: string; commands(attempt: ExerciseAttempt): readonly AnyCommand[] }
  check(input: ExerciseInput): ExerciseResult
}

/** What a scripted race drives: a session that loads a stream and submits commands, as a person would. */
export interface RaceSession {
  getState(): {
    load(target: string): Promise<void>
    submit<Command extends AnyCommand>(command: Command): Promise<void>
    reloadAndRetry(): Promise<void>
  }
}

/** A race the conflict lab can replay: setup commands, then an interleaving of two sessions. */
export interface ScriptedRace {
  readonly id: string
  readonly title: string
  /** What the learner should see at the end. */
  readonly expectation: string
  run(tabA: RaceSession, tabB: RaceSession, target: string): Promise<void>
}

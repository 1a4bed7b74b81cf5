import type { StoreApi } from 'zustand/vanilla'
import type { BuildCheckResult, BuildExercise } from '../../kernel/learner/buildExercise'
import type { CodeLocation } from '../../kernel/learner/learnerCodeProblem'
import type { LearnerModuleRecord } from '../storage/learnerModuleStore'

/** Something wrong with a module's code, where the editor can mark it. */
export interface CodeProblem {
  readonly moduleId: string
  readonly message: string
  readonly location: CodeLocation | null
  /** `run`: Run refused the code (the previous version keeps running); `runtime`: the running code failed later. */
  readonly when: 'run' | 'runtime'
}

/** A template the Build view starts a module from. */
export interface LearnerTemplate {
  readonly label: string
  readonly source: string
}

/** What a running module is known as. */
export interface RunningModule {
  readonly category: string
  readonly title: string
}

/** The Build view's state: the learner's modules, which run, and what went wrong. */
export interface WorkshopState {
  readonly modules: readonly LearnerModuleRecord[]
  readonly selectedId: string | null
  readonly running: Readonly<Record<string, RunningModule>>
  readonly problem: CodeProblem | null
  /** Said after Run, a download or a load. */
  readonly message: string | null
  readonly busy: boolean
  readonly templates: readonly LearnerTemplate[]
  readonly exercises: readonly BuildExercise[]
  readonly checks: Readonly<Record<string, BuildCheckResult>>
  /** A new module from a template, selected. */
  create(templateLabel: string): Promise<void>
  select(moduleId: string): void
  /** The editor's text changed: kept (saved shortly after) but not run. */
  edit(source: string): void
  /** Compiles and runs the selected module; the previous version keeps running when it fails. */
  run(): Promise<boolean>
  /** Stops the module and deletes it (its events stay in the log). */
  remove(moduleId: string): Promise<void>
  /** A module from a `.ts` file's text, selected, not run. */
  importFile(fileName: string, text: string): Promise<void>
  /** Runs the exercise's hidden cases against the selected module's code. */
  check(exerciseId: string): Promise<BuildCheckResult>
  dismissMessage(): void
}

export type WorkshopStore = StoreApi<WorkshopState>

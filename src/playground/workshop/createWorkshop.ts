import { createStore } from 'zustand/vanilla'
import type { LearnerEngine } from '../../kernel/learner/sandbox'
import { checkBuildExercise, type BuildCheckResult, type BuildExercise } from '../../kernel/learner/buildExercise'
import { LearnerCodeError } from '../../kernel/learner/learnerCodeProblem'
import { asCodeError } from '../../kernel/learner/learnerModule'
import {
  loadLearnerModule,
  type LoadedLearnerModule,
  type StoredStreamEvent,
} from '../../kernel/learner/loadLearnerModule'
import type { AnyDomainModule } from '../../kernel/domainModule'
import type { LearnerModuleRecord, LearnerModuleStore } from '../storage/learnerModuleStore'
import type { CodeProblem, LearnerTemplate, RunningModule, WorkshopState, WorkshopStore } from './workshopState'

/** How long after the last keystroke the editor's text is saved. */
const SAVE_AFTER_MS = 400

/** What the workshop asks of the page's playground. */
export interface WorkshopPlayground {
  /** Every stored event: a module is tried on its category's streams before it runs. */
  storedEvents(): readonly StoredStreamEvent[]
  readonly builtInCategories: readonly string[]
  /** Plays with these learner modules from now on. */
  setLearnerModules(modules: readonly AnyDomainModule[], focus?: string): void
}

export interface WorkshopOptions {
  readonly store: LearnerModuleStore
  readonly templates: readonly LearnerTemplate[]
  readonly exercises: readonly BuildExercise[]
  readonly engine: () => Promise<LearnerEngine>
  readonly playground: WorkshopPlayground
  /** The time decide is given in the hidden cases of an exercise. */
  readonly checkTime?: string
}

/** The modules that ran last time, started again before the page's playground is made. */
export interface StartedModules {
  readonly records: readonly LearnerModuleRecord[]
  readonly loaded: ReadonlyMap<string, LoadedLearnerModule>
  /** Modules that ran last time but no longer load (the sandbox changed under them). */
  readonly failed: readonly CodeProblem[]
}

/** A late-bound sink for problems of running code: the workshop that shows them exists after the modules. */
export interface ProblemSink {
  report(moduleId: string, problem: LearnerCodeError): void
}

/** Starts the saved modules that ran last time; the engine loads only when there is one. */
export async function startLearnerModules(
  records: readonly LearnerModuleRecord[],
  engine: () => Promise<LearnerEngine>,
  sink: ProblemSink,
): Promise<StartedModules> {
  const toRun = records.filter((record) => record.runningSource !== null)
  const loaded = new Map<string, LoadedLearnerModule>()
  const failed: CodeProblem[] = []
  if (toRun.length === 0) return { records, loaded, failed }
  const loadedEngine = await engine()
  const categories = new Set<string>()
  for (const record of toRun) {
    try {
      const module = loadLearnerModule(loadedEngine, record.runningSource ?? '', [], {
        onProblem: (problem) => sink.report(record.id, problem),
      })
      if (categories.has(module.module.category)) module.sandbox.dispose()
      else {
        categories.add(module.module.category)
        loaded.set(record.id, module)
      }
    } catch (error) {
      const problem = asCodeError(error)
      failed.push({ moduleId: record.id, message: problem.message, location: problem.location, when: 'run' })
    }
  }
  return { records, loaded, failed }
}

let created = 0
const newModuleId = () => `module-${Date.now().toString(36)}-${(created += 1)}`

const runningOf = ({ module }: LoadedLearnerModule): RunningModule => ({
  category: module.category,
  title: module.title,
})

export function createWorkshop(
  options: WorkshopOptions,
  started: StartedModules,
  sink: { current?: ProblemSink },
): WorkshopStore {
  const { store, templates, exercises, engine, playground, checkTime = '2026-01-01T12:00:00.000Z' } = options
  const loaded = new Map(started.loaded)
  const saveTimers = new Map<string, ReturnType<typeof setTimeout>>()
  // A save of the editor's text still waiting must not land after Run or Delete wrote the record.
  const cancelPendingSave = (moduleId: string) => {
    clearTimeout(saveTimers.get(moduleId))
    saveTimers.delete(moduleId)
  }
  const byUpdate = (records: readonly LearnerModuleRecord[]) =>
    [...records].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))

  return createStore<WorkshopState>()((set, get) => {
    sink.current = {
      // Reported while panels fold (during a render): said once, after the render.
      report(moduleId, problem) {
        const known = get().problem
        if (known?.moduleId === moduleId && known.message === problem.message) return
        queueMicrotask(() =>
          set({ problem: { moduleId, message: problem.message, location: problem.location, when: 'runtime' } }),
        )
      },
    }
    const selected = () => get().modules.find((record) => record.id === get().selectedId)
    const replaceRecord = (record: LearnerModuleRecord) =>
      set({ modules: byUpdate([record, ...get().modules.filter((other) => other.id !== record.id)]) })
    const addRecord = async (source: string) => {
      const record: LearnerModuleRecord = {
        id: newModuleId(),
        source,
        runningSource: null,
        updatedAt: new Date().toISOString(),
      }
      await store.save(record)
      replaceRecord(record)
      set({ selectedId: record.id, problem: null })
    }
    const fail = (moduleId: string, error: unknown) => {
      const problem = asCodeError(error)
      set({ problem: { moduleId, message: problem.message, location: problem.location, when: 'run' }, busy: false })
      return false
    }

    return {
      modules: byUpdate(started.records),
      selectedId: byUpdate(started.records)[0]?.id ?? null,
      running: Object.fromEntries([...loaded].map(([id, module]) => [id, runningOf(module)])),
      problem: started.failed[0] ?? null,
      message: null,
      busy: false,
      templates,
      exercises,
      checks: {},

      async create(templateLabel) {
        const template = templates.find((candidate) => candidate.label === templateLabel)
        if (template) await addRecord(template.source)
      },

      select: (moduleId) => set({ selectedId: moduleId, message: null }),

      edit(source) {
        const record = selected()
        if (!record || record.source === source) return
        const edited = { ...record, source, updatedAt: new Date().toISOString() }
        set({ modules: get().modules.map((other) => (other.id === record.id ? edited : other)) })
        clearTimeout(saveTimers.get(record.id))
        saveTimers.set(
          record.id,
          setTimeout(() => {
            saveTimers.delete(record.id)
            const latest = get().modules.find((other) => other.id === record.id)
            if (latest) void store.save(latest)
          }, SAVE_AFTER_MS),
        )
      },

      async run() {
        const record = selected()
        if (!record) return false
        set({ busy: true, problem: null, message: null })
        let module: LoadedLearnerModule
        try {
          module = loadLearnerModule(await engine(), record.source, playground.storedEvents(), {
            onProblem: (problem) => sink.current?.report(record.id, problem),
          })
        } catch (error) {
          return fail(record.id, error)
        }
        const { category, title } = module.module
        const clash = playground.builtInCategories.includes(category)
          ? `the built-in ${category} domain`
          : Object.entries(get().running).find(([id, other]) => id !== record.id && other.category === category)?.[1]
              .title
        if (clash) {
          module.sandbox.dispose()
          return fail(
            record.id,
            new LearnerCodeError(`The category ${category} is taken by ${clash}: choose another.`, null, 'shape'),
          )
        }
        loaded.get(record.id)?.sandbox.dispose()
        loaded.set(record.id, module)
        const ran = { ...record, runningSource: record.source }
        cancelPendingSave(record.id)
        replaceRecord(ran)
        await store.save(ran)
        set({
          running: { ...get().running, [record.id]: runningOf(module) },
          busy: false,
          message: `${title} runs: its commands, events and state are in every view (category ${category}).`,
        })
        playground.setLearnerModules(
          [...loaded.values()].map((each) => each.module),
          category,
        )
        return true
      },

      async remove(moduleId) {
        const wasRunning = loaded.get(moduleId)
        wasRunning?.sandbox.dispose()
        loaded.delete(moduleId)
        cancelPendingSave(moduleId)
        await store.remove(moduleId)
        const modules = get().modules.filter((record) => record.id !== moduleId)
        const running = Object.fromEntries(Object.entries(get().running).filter(([id]) => id !== moduleId))
        set({
          modules,
          running,
          selectedId: get().selectedId === moduleId ? (modules[0]?.id ?? null) : get().selectedId,
          problem: null,
        })
        if (wasRunning) playground.setLearnerModules([...loaded.values()].map((each) => each.module))
      },

      async importFile(fileName, text) {
        if (text.trim() === '') {
          set({ message: `${fileName} is empty: nothing was loaded.` })
          return
        }
        await addRecord(text)
        set({ message: `Loaded ${fileName}: press Run to play with it.` })
      },

      async check(exerciseId) {
        const exercise = exercises.find((candidate) => candidate.id === exerciseId)
        const record = selected()
        let result: BuildCheckResult
        if (!exercise || !record) result = { passed: false, detail: 'Write a module first: start one from a template.' }
        else {
          try {
            const problems: LearnerCodeError[] = []
            const module = loadLearnerModule(await engine(), record.source, [], {
              onProblem: (problem) => problems.push(problem),
              now: () => checkTime,
            })
            result = checkBuildExercise(exercise, module.module)
            module.sandbox.dispose()
            const [failed] = problems
            if (failed)
              result = { passed: false, detail: `Your module failed while folding a case's events: ${failed.message}` }
          } catch (error) {
            result = { passed: false, detail: `Your module does not run: ${asCodeError(error).message}` }
          }
        }
        set({ checks: { ...get().checks, [exerciseId]: result } })
        return result
      },

      dismissMessage: () => set({ message: null }),
    }
  })
}

import type { transform } from 'sucrase'
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from 'quickjs-emscripten-core'
import { LearnerCodeError, locationInStack } from './learnerCodeProblem'
import { ENTRY, PRELUDE } from './sandboxPrelude'
import { LEARNER_FILE_NAME } from './compileLearnerCode'

/** The entry points the prelude answers. */
export type SandboxCall = 'describe' | 'decide' | 'fold' | 'upcast' | 'projectKey' | 'project'

/** How long one call into learner code may run before it is stopped. */
export const CALL_TIME_LIMIT_MS = 500
/** The most memory one module's sandbox may take. */
export const SANDBOX_MEMORY_LIMIT_BYTES = 32 * 1024 * 1024
/** Deep enough for any fold, shallow enough that runaway recursion stops as an error, not a crash. */
const SANDBOX_STACK_BYTES = 150 * 1024

/** What runs learner code: the TypeScript compiler and the interpreter, loaded together on first use. */
export interface LearnerEngine {
  readonly quickJs: QuickJSWASMModule
  readonly transform: typeof transform
}

let engine: Promise<LearnerEngine> | undefined

/**
 * QuickJS compiled to WebAssembly and sucrase, loaded once, on first use, apart from the page's
 * first script: the page itself never evaluates learner code (its Content-Security-Policy forbids
 * eval), the interpreter inside WebAssembly does. The variant carries its WebAssembly inside the
 * script, so it works from a file opened from disk.
 */
export function loadLearnerEngine(): Promise<LearnerEngine> {
  engine ??= Promise.all([
    import('quickjs-emscripten-core'),
    import('@jitl/quickjs-singlefile-browser-release-sync'),
    import('sucrase'),
  ])
    .then(async ([core, variant, sucrase]) => ({
      quickJs: await core.newQuickJSWASMModuleFromVariant(variant.default),
      transform: sucrase.transform,
    }))
    .catch((error: unknown) => {
      engine = undefined
      throw error
    })
  return engine
}

/**
 * One learner module, isolated: its own QuickJS runtime with no DOM, storage, network, clock or
 * randomness, a memory limit, and a time limit per call. Values cross as JSON text only.
 * Once a call runs out of time the sandbox stays stopped: every later call fails at once, so a
 * loop in evolve costs the page one time limit, not one per event.
 */
export class LearnerSandbox {
  private readonly runtime: QuickJSRuntime
  private readonly context: QuickJSContext
  private stoppedBecause: LearnerCodeError | null = null

  constructor(quickJs: QuickJSWASMModule, compiledCode: string) {
    this.runtime = quickJs.newRuntime()
    this.runtime.setMemoryLimit(SANDBOX_MEMORY_LIMIT_BYTES)
    this.runtime.setMaxStackSize(SANDBOX_STACK_BYTES)
    this.context = this.runtime.newContext()
    try {
      this.evaluate(PRELUDE, 'prelude.js', 'loading the module')
      this.evaluate(compiledCode, LEARNER_FILE_NAME, 'loading the module')
      this.evaluate(ENTRY, 'entry.js', 'loading the module')
    } catch (error) {
      this.dispose()
      throw error
    }
  }

  /** Calls one of the prelude's entry points with JSON arguments; throws LearnerCodeError. */
  call<Result>(name: SandboxCall, ...args: unknown[]): Result {
    if (this.stoppedBecause) throw this.stoppedBecause
    const { context } = this
    const entry = context.getProp(context.global, '__playgroundCall')
    const nameHandle = context.newString(name)
    const argsHandle = context.newString(JSON.stringify(args))
    this.runtime.setInterruptHandler(this.deadline())
    try {
      const result = context.callFunction(entry, context.undefined, nameHandle, argsHandle)
      if (result.error) throw this.problem(this.dumpAndDispose(result.error), `running ${name}`)
      const text = context.getString(result.value)
      result.value.dispose()
      return JSON.parse(text) as Result
    } finally {
      this.runtime.removeInterruptHandler()
      entry.dispose()
      nameHandle.dispose()
      argsHandle.dispose()
    }
  }

  /** Bytes the module's runtime holds now (QuickJS's own count of its heap). */
  memoryUsed(): number {
    const handle = this.runtime.computeMemoryUsage()
    const usage = this.context.dump(handle) as { memory_used_size?: number }
    handle.dispose()
    return usage.memory_used_size ?? 0
  }

  dispose(): void {
    if (this.context.alive) this.context.dispose()
    if (this.runtime.alive) this.runtime.dispose()
  }

  private evaluate(code: string, fileName: string, doing: string): void {
    this.runtime.setInterruptHandler(this.deadline())
    try {
      const result = this.context.evalCode(code, fileName)
      if (result.error) throw this.problem(this.dumpAndDispose(result.error), doing)
      result.value.dispose()
    } finally {
      this.runtime.removeInterruptHandler()
    }
  }

  private dumpAndDispose(handle: QuickJSHandle): unknown {
    const dumped: unknown = this.context.dump(handle)
    handle.dispose()
    return dumped
  }

  private deadline(): () => boolean {
    const until = Date.now() + CALL_TIME_LIMIT_MS
    return () => Date.now() > until
  }

  private problem(dumped: unknown, doing: string): LearnerCodeError {
    const { name, message, stack } = (dumped ?? {}) as { name?: string; message?: string; stack?: string }
    const location = locationInStack(stack ?? '', LEARNER_FILE_NAME)
    if (name === 'InternalError' && message === 'interrupted') {
      this.stoppedBecause = new LearnerCodeError(
        `Stopped after ${CALL_TIME_LIMIT_MS / 1000} s ${doing}: an endless loop? The module stays stopped until you run it again.`,
        location,
        'stopped',
      )
      return this.stoppedBecause
    }
    if (name === 'InternalError' && /stack overflow/.test(message ?? '')) {
      return new LearnerCodeError(`Stack overflow ${doing}: a function calls itself without end?`, location)
    }
    if (message === 'out of memory' || (name === 'InternalError' && /memory/.test(message ?? ''))) {
      return new LearnerCodeError(
        `Out of memory ${doing}: the sandbox allows ${SANDBOX_MEMORY_LIMIT_BYTES / 1024 / 1024} MB.`,
        location,
      )
    }
    const text = message ?? (typeof dumped === 'string' ? dumped : JSON.stringify(dumped))
    return new LearnerCodeError(`${name && name !== 'Error' ? `${name}: ` : ''}${text}`, location)
  }
}

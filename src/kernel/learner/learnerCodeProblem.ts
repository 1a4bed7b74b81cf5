/** Where in the learner's module something went wrong: 1-based, as the editor counts. */
export interface CodeLocation {
  readonly line: number
  readonly column: number
}

/**
 * Learner code that did not compile, threw, ran too long or broke a rule of the sandbox. The
 * message says what and, when known, where: the editor marks the line.
 */
export class LearnerCodeError extends Error {
  constructor(
    /** What went wrong, without where. */
    readonly detail: string,
    readonly location: CodeLocation | null = null,
    /** `stopped`: the time limit cut it off, and the module stays stopped until it is run again. */
    readonly kind: 'compile' | 'runtime' | 'stopped' | 'shape' = 'runtime',
  ) {
    super(location ? `Line ${location.line}, column ${location.column}: ${detail}` : detail)
    this.name = 'LearnerCodeError'
  }
}

/** The first place in the learner's file a QuickJS stack names: `at evolve (module.ts:12:9)`. */
export function locationInStack(stack: string, fileName: string): CodeLocation | null {
  const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const match = new RegExp(`${escaped}:(\\d+)(?::(\\d+))?`).exec(stack)
  if (!match) return null
  return { line: Number(match[1]), column: Number(match[2] ?? 1) }
}

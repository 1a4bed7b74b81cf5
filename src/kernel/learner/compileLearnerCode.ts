import type { transform as sucraseTransform } from 'sucrase'
import { LearnerCodeError } from './learnerCodeProblem'

/** The file name the sandbox gives the learner's module: its stack traces name lines in it. */
export const LEARNER_FILE_NAME = 'module.ts'

/**
 * TypeScript to JavaScript the sandbox runs: types removed and `export default` made an
 * assignment, line for line (sucrase keeps every line where it was, so errors point at the
 * learner's own lines). Types are not checked: a wrong type shows as the error it causes.
 * A module imports nothing (`import type` is fine: it is only types).
 */
export function compileLearnerCode(transform: typeof sucraseTransform, source: string): string {
  let code: string
  try {
    code = transform(source, { transforms: ['typescript', 'imports'], filePath: LEARNER_FILE_NAME }).code
  } catch (error) {
    const { message, loc } = error as { message?: string; loc?: { line: number; column: number } }
    const text = String(message ?? error)
      .replace(/^Error transforming [^:]+: /, '')
      .replace(/\s*\(\d+:\d+\)$/, '')
    throw new LearnerCodeError(text, loc ? { line: loc.line, column: Math.max(1, loc.column) } : null, 'compile')
  }
  const lines = code.split('\n')
  const importing = lines.findIndex((line) => /\brequire\(/.test(line))
  if (importing >= 0) {
    throw new LearnerCodeError(
      'A module cannot import: the sandbox has no other files. Write what it needs in this file (import type is fine).',
      { line: importing + 1, column: 1 },
      'compile',
    )
  }
  return code
}

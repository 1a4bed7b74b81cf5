import { describe, expect, it } from 'vitest'
import orderTemplate from '../../../src/domains/order/learner/orderTemplate.ts?raw'
import { BUILD_EXERCISES } from '../../../src/domains'
import { checkBuildExercise, type BuildExercise } from '../../../src/kernel/learner/buildExercise'
import { loadLearnerEngine } from '../../../src/kernel/learner/sandbox'
import { loadLearnerModule } from '../../../src/kernel/learner/loadLearnerModule'
import { inventorySolution, refundSolution, shipSolution } from '../../kit/buildSolutions'

const engine = await loadLearnerEngine()
const exercise = (id: string): BuildExercise => {
  const found = BUILD_EXERCISES.find((candidate) => candidate.id === id)
  if (!found) throw new Error(`No exercise ${id}`)
  return found
}

function check(id: string, source: string) {
  const { module, sandbox } = loadLearnerModule(engine, source, [], {
    onProblem: () => undefined,
    now: () => '2026-01-01T00:00:00.000Z',
  })
  try {
    return checkBuildExercise(exercise(id), module)
  } finally {
    sandbox.dispose()
  }
}

describe('the build exercises check a module against hidden cases', () => {
  it('a module without the command the cases send is told to add it', () => {
    expect(check('build-ship', orderTemplate)).toEqual({
      passed: false,
      detail: 'Your module has no command ShipOrder: add it to commands, and decide it.',
    })
  })

  const cases = [
    {
      id: 'build-ship',
      solution: shipSolution(orderTemplate),
      nearMiss: shipSolution(orderTemplate, { nearMiss: true }),
      failingCase: 'an unpaid order does not ship',
    },
    {
      id: 'build-refund',
      solution: refundSolution(orderTemplate),
      nearMiss: refundSolution(orderTemplate, { nearMiss: true }),
      failingCase: 'refunds add up to at most what was paid',
    },
    {
      id: 'build-inventory',
      solution: inventorySolution(),
      nearMiss: inventorySolution({ nearMiss: true }),
      failingCase: 'stock never goes below zero',
    },
  ]
  it.each(cases)(
    '$id: the solution passes; the near miss fails on "$failingCase"',
    ({ id, solution, nearMiss, failingCase }) => {
      expect(check(id, solution)).toEqual({ passed: true, detail: `All ${exercise(id).cases.length} cases pass.` })
      const missed = check(id, nearMiss)
      expect(missed.passed).toBe(false)
      expect(missed.detail).toContain(`Case "${failingCase}" failed: expected a refusal`)
    },
  )
})

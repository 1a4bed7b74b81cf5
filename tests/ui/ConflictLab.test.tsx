// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ConflictLab } from '../../src/ui/lab/ConflictLab'
import { createInMemoryEventStore, type EventStore } from '../../src/kernel/eventstore'
import { renderPlayground } from './renderPlayground'

afterEach(cleanup)

/** An in-memory store whose stream reads wait until the test lets them go: a step that takes its time. */
function storeWithHeldReads(): { eventStore: EventStore; release: () => void; held: () => number } {
  const inner = createInMemoryEventStore({ sessionId: 'tab-test' })
  let waiting: (() => void)[] = []
  let holding = false
  const eventStore: EventStore = {
    ...inner,
    append: (...args) => inner.append(...args),
    readAll: (...args) => inner.readAll(...args),
    async readStream(...args) {
      if (holding) await new Promise<void>((resolve) => waiting.push(resolve))
      return inner.readStream(...args)
    },
  }
  return {
    eventStore,
    held: () => {
      holding = true
      return waiting.length
    },
    release: () => {
      holding = false
      for (const resolve of waiting) resolve()
      waiting = []
    },
  }
}

describe('Conflict lab, step by step', () => {
  it('keeps Next step disabled while a step runs, so no press is lost', async () => {
    const user = userEvent.setup()
    const { eventStore, release, held } = storeWithHeldReads()
    renderPlayground(<ConflictLab />, eventStore)
    await user.selectOptions(screen.getByLabelText('Race speed'), 'step by step')
    await user.click(screen.getByRole('button', { name: 'Replay: Lost update prevented' }))
    await waitFor(() => expect(screen.getByText('Next: Tab A sends CreateOrder.')).toBeInTheDocument())
    const nextStep = screen.getByRole('button', { name: 'Next step' })
    expect(nextStep).toBeEnabled()

    // Tab A's create reads its stream; hold that read so the step is still running.
    held()
    await user.click(nextStep)
    await waitFor(() => expect(held()).toBeGreaterThan(0))
    expect(screen.getByRole('button', { name: 'Next step' })).toBeDisabled()

    release()
    await waitFor(() => expect(screen.getByText(/^Next: Tab A loads lost-update-/)).toBeInTheDocument())
    expect(screen.getByRole('button', { name: 'Next step' })).toBeEnabled()
  })
})

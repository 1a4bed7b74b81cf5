// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../src/ui/App'
import { policy, until, visitedLongLog, withSlowWholeRead } from '../kit/savepoints'
import { renderPlayground } from './renderPlayground'

afterEach(cleanup)

// The whole App renders three times over (loading, the latest states, the whole log): on a busy machine that is seconds.
const RENDERS_THE_APP = 30_000

describe('a long log on the next visit', () => {
  it(
    'shows the latest states at once, waits with the slider and the past, then travels',
    async () => {
      const { eventStore, derivedStorage } = await visitedLongLog(15)

      const release = withSlowWholeRead(eventStore)
      renderPlayground(<App />, eventStore, { derivedStorage, savepoints: policy })
      const timeTravel = screen.getByRole('region', { name: 'Time travel' })
      expect(
        await within(timeTravel).findByText(
          'Reading the history: the slider travels once all 30 events are read.',
          {},
          { timeout: 10_000 },
        ),
      ).toBeTruthy()
      expect(within(timeTravel).getByText('position 30 of 30')).toBeTruthy()
      const slider = within(timeTravel).getByRole<HTMLInputElement>('slider', { name: 'Time travel' })
      expect(slider.disabled).toBe(true)
      expect(within(timeTravel).getByRole<HTMLFieldSetElement>('group', { name: 'Travel controls' }).disabled).toBe(
        true,
      )
      const log = screen.getByRole('region', { name: 'Event log' })
      expect(within(log).getByText('The last 30 of 30 events: the earlier ones are being read')).toBeTruthy()
      expect(screen.getByText(/The latest states are shown already; the debugger's what-if/)).toBeTruthy()
      const state = screen.getByRole('region', { name: 'Replayed state' })
      expect(within(state).getAllByRole<HTMLButtonElement>('button', { name: /^Why / })[0]?.disabled).toBe(true)
      expect(within(state).getByRole<HTMLButtonElement>('button', { name: 'Export as test' }).disabled).toBe(true)

      release()
      await until(() => !slider.disabled, 'the slider')
      expect(within(timeTravel).queryByText(/Reading the history/)).toBeNull()
      expect(within(log).getByText('30 events')).toBeTruthy()
      expect(screen.queryByText(/The latest states are shown already/)).toBeNull()
      const whyButtons = await within(state).findAllByRole<HTMLButtonElement>(
        'button',
        { name: /^Why / },
        { timeout: 10_000 },
      )
      expect(whyButtons[0]?.disabled).toBe(false)
      expect(within(state).getByRole<HTMLButtonElement>('button', { name: 'Export as test' }).disabled).toBe(false)
    },
    RENDERS_THE_APP,
  )
})

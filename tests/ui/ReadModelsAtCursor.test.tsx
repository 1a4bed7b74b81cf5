// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createInMemoryEventStore } from '../../src/kernel/eventstore'
import { FOLD_IN_RENDER_WORK } from '../../src/react/useReadModels'
import { ReadModelsPanel } from '../../src/ui/readside/ReadModelsPanel'
import { recordOrders } from '../kit/savepoints'
import { renderPlayground, showEverythingOnScreen } from './renderPlayground'

afterEach(cleanup)

showEverythingOnScreen()

const ORDERS = 3_000
const folding = () => screen.queryByText(/^Folding Order summary to position/)
const shownCount = () => screen.getByText(/^Showing the first 100 of [\d,]+ orders/)

describe('a large read model at the cursor', () => {
  it('is folded in slices between frames, then shown; near a checkpoint it is folded at once', async () => {
    // 3,000 orders, two events each: the table's first checkpoints lie more events away than a render folds.
    expect(ORDERS * 2).toBeGreaterThan(FOLD_IN_RENDER_WORK)
    const eventStore = createInMemoryEventStore({ sessionId: 'tab-test' })
    await recordOrders(eventStore, 1, ORDERS)
    const { store } = renderPlayground(<ReadModelsPanel />, eventStore)
    await waitFor(() => expect(store.getState().loadStatus).toBe('ready'), { timeout: 20_000 })

    // Position 5,999 is the last order's OrderCreated: 3,000 orders, the last with no line yet.
    act(() => store.getState().seek(ORDERS * 2 - 1))
    expect(folding()).toHaveTextContent('Folding Order summary to position 5,999…')
    await waitFor(() => expect(folding()).toBeNull(), { timeout: 20_000 })
    expect(shownCount()).toHaveTextContent('Showing the first 100 of 3,000 orders')
    expect(screen.getByText(/^As of position 5,999/)).toBeInTheDocument()

    // A step back lies after a checkpoint just made: no slices, the table follows in the same render.
    act(() => store.getState().seek(ORDERS * 2 - 3))
    expect(folding()).toBeNull()
    expect(shownCount()).toHaveTextContent('Showing the first 100 of 2,999 orders')
    const summary = screen.getByRole('table', { name: 'Order summary' })
    expect(within(summary).getAllByRole('row').length).toBeGreaterThan(1)
  }, 60_000)
})

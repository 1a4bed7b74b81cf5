// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { createInMemoryEventStore } from '../../src/kernel/eventstore'
import { EventLogPanel } from '../../src/ui/panels/EventLogPanel'
import { MAX_STREAMS_IN_A_SELECT } from '../../src/ui/panels/eventLog/StreamFilter'
import { recordOrders } from '../kit/savepoints'
import { renderPlayground } from './renderPlayground'

afterEach(cleanup)

const ORDERS = MAX_STREAMS_IN_A_SELECT + 1

describe('the stream filter of a log with very many streams', () => {
  it('is a box that suggests matches and filters on a whole stream name', async () => {
    const user = userEvent.setup()
    const eventStore = createInMemoryEventStore({ sessionId: 'tab-test' })
    await recordOrders(eventStore, 1, ORDERS)
    const { store } = renderPlayground(<EventLogPanel />, eventStore)
    await waitFor(() => expect(store.getState().loadStatus).toBe('ready'), { timeout: 20_000 })
    const count = () => screen.getByText(/events?( match)?$/, { selector: '.log-count' })
    expect(count()).toHaveTextContent('2,002 events')

    const box = screen.getByRole('combobox', { name: 'Filter by stream' })
    expect(box).toHaveAttribute('placeholder', 'Any of 1,001 streams')
    await user.type(box, 'Order-o-10')
    const suggestions = document.getElementById(box.getAttribute('list') ?? '')
    const suggested = [...(suggestions?.querySelectorAll('option') ?? [])].map((option) => option.value)
    // Order-o-10, Order-o-100 … Order-o-109, Order-o-1000, Order-o-1001: in sorted order, at most 50.
    expect(suggested).toContain('Order-o-1000')
    expect(suggested.every((streamId) => streamId.includes('Order-o-10'))).toBe(true)
    expect(suggested.length).toBeLessThanOrEqual(50)
    expect(count()).toHaveTextContent('2 of 2,002 events match')
    expect(within(screen.getByRole('grid', { name: 'Events' })).getAllByRole('row')).toHaveLength(3)

    await user.type(box, 'x')
    expect(screen.getByText('No stream is called Order-o-10x: every stream is shown.')).toBeInTheDocument()
    expect(count()).toHaveTextContent('2,002 events')

    await user.clear(box)
    expect(screen.queryByText(/No stream is called/)).toBeNull()
    expect(count()).toHaveTextContent('2,002 events')

    // Set and cleared by other means (a shared link, a reset): the box follows.
    act(() => store.getState().setFilters({ streamId: 'Order-o-7' }))
    expect(box).toHaveValue('Order-o-7')
    act(() => store.getState().setFilters({ streamId: '' }))
    expect(box).toHaveValue('')
  }, 60_000)
})

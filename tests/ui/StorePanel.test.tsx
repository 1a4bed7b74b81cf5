// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { StorePanel } from '../../src/ui/panels/StorePanel'
import { CommandsPanel } from '../../src/ui/panels/CommandsPanel'
import { EventLogPanel } from '../../src/ui/panels/EventLogPanel'
import { renderPlayground, walkthroughStore } from './renderPlayground'

afterEach(cleanup)

describe('Store panel', () => {
  it('loads the sample through the command handler and counts events and streams', async () => {
    const user = userEvent.setup()
    const { eventStore } = renderPlayground(
      <>
        <StorePanel />
        <CommandsPanel />
      </>,
    )
    expect(screen.getByText(/0 events in 0 streams/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Load sample' }))
    await waitFor(() => expect(screen.getByText(/15 events in 4 streams/)).toBeInTheDocument())
    const all = await eventStore.readAll()
    expect(all.filter((e) => e.streamId === 'Order-order-001').map((e) => e.type)).toEqual([
      'OrderCreated',
      'ItemAdded',
      'ItemAdded',
      'OrderPaid',
    ])
    expect(all.map((e) => e.type)).toEqual(expect.arrayContaining(['ItemRemoved', 'OrderCancelled']))
    // Four days ending now (five dates if a day's few minutes straddle midnight).
    const days = new Set(all.map((event) => event.recordedAt.slice(0, 10)))
    expect(days.size).toBeGreaterThanOrEqual(4)
    expect(days.size).toBeLessThanOrEqual(5)
  })

  it('loads the sample under fresh ids when the learner has an order-001, leaving the learner’s own untouched', async () => {
    const user = userEvent.setup()
    const { eventStore } = renderPlayground(
      <>
        <StorePanel />
        <CommandsPanel />
      </>,
    )
    await user.click(screen.getByRole('button', { name: 'Create order' }))
    expect(await screen.findByText('CreateOrder appended: order-001 is now at version 1.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Load sample' }))
    const said = await screen.findByText(/Loaded the Order sample/)
    expect(said.textContent).toBe(
      'Loaded the Order sample: 15 commands over the last 4 days. order-001 was taken, so it wrote order-001-2, order-002-2, order-003-2, order-004-2 instead; your own orders are untouched.',
    )
    expect(screen.queryByRole('alert')).toBeNull()
    expect(await eventStore.readStream('Order-order-001')).toHaveLength(1)
    expect(await eventStore.readStream('Order-order-001-2')).toHaveLength(4)
    const times = (await eventStore.readAll()).map((event) => event.recordedAt)
    expect([...times].sort()).toEqual(times)
  })

  it('counts the streams of every category, not only orders', async () => {
    const eventStore = await walkthroughStore()
    await eventStore.append('Account-1', [{ type: 'AccountOpened', data: { owner: 'ada' } }])
    renderPlayground(<StorePanel />, eventStore)
    await waitFor(() => expect(screen.getByText(/5 events in 2 streams/)).toBeInTheDocument())
  })

  it('asks before resetting, keeps everything on "Keep events", empties the store on confirmation', async () => {
    const user = userEvent.setup()
    const { eventStore } = renderPlayground(<StorePanel />)
    await user.click(screen.getByRole('button', { name: 'Load sample' }))
    await waitFor(() => expect(screen.getByText(/15 events/)).toBeInTheDocument())
    await user.click(screen.getByRole('button', { name: 'Reset store' }))
    expect(screen.getByRole('alertdialog')).toHaveTextContent(
      'Delete all 15 events from this browser, and your exercise progress with them?',
    )
    await user.click(screen.getByRole('button', { name: 'Keep events' }))
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(await eventStore.readAll()).toHaveLength(15)
    await user.click(screen.getByRole('button', { name: 'Reset store' }))
    await user.click(screen.getByRole('button', { name: 'Delete all events' }))
    await waitFor(() => expect(screen.getByText(/0 events in 0 streams/)).toBeInTheDocument())
    expect(await eventStore.readAll()).toEqual([])
  })

  it('clears what the panels said about the old log when the store is reset', async () => {
    const user = userEvent.setup()
    renderPlayground(
      <>
        <StorePanel />
        <CommandsPanel />
      </>,
    )
    await user.click(screen.getByRole('button', { name: 'Create order' }))
    expect(await screen.findByText('CreateOrder appended: order-001 is now at version 1.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Reset store' }))
    await user.click(screen.getByRole('button', { name: 'Delete all events' }))
    expect(await screen.findByText('The store and the exercise progress are empty.')).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByText(/CreateOrder appended/)).toBeNull())
  })

  it('shows the imported events after a replacing import, clearing a filter on a stream that is gone', async () => {
    const user = userEvent.setup()
    const { eventStore } = renderPlayground(
      <>
        <StorePanel />
        <EventLogPanel />
      </>,
      await walkthroughStore(),
    )
    await waitFor(() => expect(screen.getByText(/4 events in 1 stream/)).toBeInTheDocument())
    await user.selectOptions(screen.getByLabelText('Filter by stream'), 'Order-order-001')
    const file = new File(
      [
        JSON.stringify({
          eventId: 'imported-1',
          streamId: 'Order-other',
          version: 1,
          type: 'OrderCreated',
          data: { orderId: 'other', customerId: 'c' },
          metadata: { correlationId: 'c', causationId: null, sessionId: 'tab-x', schemaVersion: 1 },
          recordedAt: '2026-11-20T10:00:00.000Z',
        }),
      ],
      'other.ndjson',
      { type: 'application/x-ndjson' },
    )
    await user.upload(screen.getByLabelText(/^Import a log file/), file)
    await user.click(await screen.findByRole('button', { name: 'Replace all events' }))
    await waitFor(async () => expect(await eventStore.streamVersion('Order-other')).toBe(1))
    expect(await screen.findByText('Replaced the store with 1 event from the file.')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByLabelText('Filter by stream')).toHaveValue(''))
    expect(screen.getByRole('grid', { name: 'Events' })).toHaveTextContent('other')
  })
})

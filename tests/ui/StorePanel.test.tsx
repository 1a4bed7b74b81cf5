// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { StorePanel } from '../../src/ui/panels/StorePanel'
import { CommandsPanel } from '../../src/ui/panels/CommandsPanel'
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
    await user.click(screen.getByRole('button', { name: 'Load sample' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/already loaded/)
    expect(await eventStore.readAll()).toHaveLength(15)
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
})

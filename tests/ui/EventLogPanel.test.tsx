// @vitest-environment happy-dom
import { sendOrder } from '../kit/orderCommands'
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { EventLogPanel } from '../../src/ui/panels/EventLogPanel'
import { renderPlayground, walkthroughStore } from './renderPlayground'

afterEach(cleanup)

const dataRows = () =>
  within(screen.getByRole('grid', { name: 'Events' }))
    .getAllByRole('row')
    .slice(1)

async function twoOrders() {
  const eventStore = await walkthroughStore()
  await sendOrder(eventStore, { type: 'CreateOrder', orderId: 'order-002', customerId: 'c-2' })
  await sendOrder(eventStore, {
    type: 'AddItem',
    orderId: 'order-002',
    itemId: 'kiwi',
    quantity: 1,
    unitPriceCents: 40,
  })
  return eventStore
}

describe('Event log panel', () => {
  it('offers every stream and every type in its filters, whatever their category', async () => {
    const user = userEvent.setup()
    const eventStore = await twoOrders()
    await eventStore.append('Account-1', [{ type: 'AccountOpened', data: { owner: 'ada' } }])
    renderPlayground(<EventLogPanel />, eventStore)
    await waitFor(() => expect(dataRows()).toHaveLength(7))
    const streamOptions = within(screen.getByLabelText('Filter by stream')).getAllByRole('option')
    expect(streamOptions.map((option) => option.getAttribute('value'))).toEqual([
      '',
      'Account-1',
      'Order-order-001',
      'Order-order-002',
    ])
    const typeOptions = within(screen.getByLabelText('Filter by type')).getAllByRole('option')
    expect(typeOptions.map((option) => option.getAttribute('value'))).toContain('AccountOpened')
    await user.selectOptions(screen.getByLabelText('Filter by stream'), 'Account-1')
    await waitFor(() => expect(dataRows()).toHaveLength(1))
    await user.selectOptions(screen.getByLabelText('Filter by stream'), '')
    await user.selectOptions(screen.getByLabelText('Filter by type'), 'AccountOpened')
    await waitFor(() => expect(dataRows()).toHaveLength(1))
  })

  it('lists every event in global order with position, order, version, type, time and summary', async () => {
    renderPlayground(<EventLogPanel />, await twoOrders())
    await waitFor(() => expect(dataRows()).toHaveLength(6))
    const cellsOfRow = (index: number) =>
      within(dataRows()[index] as HTMLElement)
        .getAllByRole('gridcell')
        .map((cell) => cell.textContent)
    // The log follows the position at a deferred priority, so wait for it to settle on live.
    await waitFor(() => expect(cellsOfRow(1).slice(0, 4)).toEqual(['2', 'order-001', '2', 'ItemAdded']))
    const cells = cellsOfRow(1)
    expect(cells[4]).toBe('seed')
    expect(cells[5]).toMatch(/^\d\d:\d\d:\d\d$/)
    expect(cells[6]).toBe('3 × apple at $1.50')
    expect(screen.getByText('6 events')).toBeTruthy()
  })

  it('filters by order, by type and by text', async () => {
    const user = userEvent.setup()
    renderPlayground(<EventLogPanel />, await twoOrders())
    await waitFor(() => expect(dataRows()).toHaveLength(6))
    await user.selectOptions(screen.getByLabelText('Filter by stream'), 'Order-order-002')
    expect(dataRows()).toHaveLength(2)
    expect(screen.getByText('2 of 6 events match')).toBeTruthy()
    await user.selectOptions(screen.getByLabelText('Filter by stream'), '')
    await user.selectOptions(screen.getByLabelText('Filter by type'), 'ItemAdded')
    expect(dataRows()).toHaveLength(3)
    await user.selectOptions(screen.getByLabelText('Filter by type'), '')
    await user.type(screen.getByLabelText('Search events'), 'banana')
    expect(dataRows()).toHaveLength(1)
    expect(dataRows()[0]?.textContent).toContain('2 × banana at $0.75')
  })

  it('shows the whole envelope of a selected event as JSON', async () => {
    const user = userEvent.setup()
    renderPlayground(<EventLogPanel />, await walkthroughStore())
    await waitFor(() => expect(dataRows()).toHaveLength(4))
    await user.click(dataRows()[3] as HTMLElement)
    const details = screen.getByRole('region', { name: 'Event 4: OrderPaid' })
    const envelope = JSON.parse(details.querySelector('pre')?.textContent ?? '') as Record<string, unknown>
    expect(envelope).toMatchObject({
      streamId: 'Order-order-001',
      version: 4,
      position: 4,
      type: 'OrderPaid',
      data: { paymentMethod: 'credit_card', amountCents: 600 },
      metadata: { sessionId: 'tab-seed', schemaVersion: 1 },
    })
    await user.click(within(details).getByRole('button', { name: 'Close details' }))
    expect(screen.queryByRole('region', { name: /Event 4/ })).toBeNull()
  })

  it('marks the events after the time-travel position as in the future', async () => {
    const { store } = renderPlayground(<EventLogPanel />, await walkthroughStore())
    await waitFor(() => expect(dataRows()).toHaveLength(4))
    store.getState().seek(2)
    await waitFor(() => expect(screen.getAllByText('(in the future)')).toHaveLength(2))
    expect(dataRows()[1]?.getAttribute('aria-current')).toBe('step')
    expect(dataRows()[2]?.textContent).toContain('(in the future)')
    expect(dataRows()[1]?.textContent).not.toContain('(in the future)')
  })
})

// @vitest-environment happy-dom
import { sendOrder } from '../kit/orderCommands'
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ReplayedStatePanel } from '../../src/ui/panels/ReplayedStatePanel'
import { renderPlayground, walkthroughStore } from './renderPlayground'

afterEach(cleanup)

const value = (label: string) => screen.getByLabelText(label).textContent

describe('Replayed state panel', () => {
  it('shows the selected order folded from its events: fields and items', async () => {
    renderPlayground(<ReplayedStatePanel />, await walkthroughStore())
    await waitFor(() => expect([value('Version'), value('Total')]).toEqual(['4', '$6.00']))
    expect(value('Status')).toBe('paid')
    expect(value('Customer')).toBe('customer-123')
    expect(value('Version')).toBe('4')
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1)
    expect(rows.map((row) => row.textContent)).toEqual(['apple3$1.50$4.50', 'banana2$0.75$1.50'])
  })

  it('follows the time-travel position, and so does the list of orders', async () => {
    const eventStore = await walkthroughStore()
    await sendOrder(eventStore, { type: 'CreateOrder', orderId: 'order-002', customerId: 'c-2' })
    const { store } = renderPlayground(<ReplayedStatePanel />, eventStore)
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2))
    for (const [position, total, status] of [
      [1, '$0.00', 'created'],
      [2, '$4.50', 'created'],
      [3, '$6.00', 'created'],
      [4, '$6.00', 'paid'],
    ] as const) {
      store.getState().seek(position)
      // The panel follows the position at a deferred priority: wait for the whole step to land.
      await waitFor(() =>
        expect([value('Version'), value('Total'), value('Status')]).toEqual([String(position), total, status]),
      )
      expect(screen.getAllByRole('listitem')).toHaveLength(1)
    }
    store.getState().seek(0)
    await waitFor(() => expect(screen.getByText('No orders at this position.')).toBeInTheDocument())
  })

  it('switches to another order picked from the list', async () => {
    const user = userEvent.setup()
    const eventStore = await walkthroughStore()
    await sendOrder(eventStore, { type: 'CreateOrder', orderId: 'order-002', customerId: 'c-2' })
    renderPlayground(<ReplayedStatePanel />, eventStore)
    const pick = await screen.findByRole('button', { name: /order-002/ })
    expect(pick).toHaveAttribute('aria-pressed', 'false')
    await user.click(pick)
    expect(pick).toHaveAttribute('aria-pressed', 'true')
    expect(value('Customer')).toBe('c-2')
    expect(value('Status')).toBe('created')
    expect(screen.getByText('No items.')).toBeInTheDocument()
  })
})

describe('Why <field>?', () => {
  it('lists the events that changed a field up to the cursor, and Go to moves the slider there', async () => {
    const user = userEvent.setup()
    const { store } = renderPlayground(<ReplayedStatePanel />, await walkthroughStore())
    await waitFor(() => expect(value('Total')).toBe('$6.00'))
    await user.click(screen.getByRole('button', { name: 'Why Total?' }))
    const history = screen.getByRole('region', { name: 'Field history' })
    expect(within(history).getByRole('heading')).toHaveTextContent('Why Total is $6.00')
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((line) => line.textContent),
    ).toEqual(['2: ItemAdded$0.00 → $4.50Go to', '3: ItemAdded$4.50 → $6.00Go to'])
    await user.click(within(history).getByRole('button', { name: 'Go to position 2' }))
    expect(store.getState().cursor).toBe(2)
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(1))
    expect(within(history).getByRole('heading')).toHaveTextContent('Why Total is $4.50')
    await user.click(screen.getByRole('button', { name: 'Why Status?' }))
    expect(screen.getByRole('region', { name: 'Field history' })).toHaveTextContent('1: OrderCreated')
    await user.click(screen.getByRole('button', { name: 'Close field history' }))
    expect(screen.queryByRole('region', { name: 'Field history' })).toBeNull()
  })
})

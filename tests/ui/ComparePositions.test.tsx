// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ComparePositionsPanel } from '../../src/ui/debugger/ComparePositionsPanel'
import { sendOrder } from '../kit/orderCommands'
import { renderPlayground, walkthroughStore } from './renderPlayground'

afterEach(cleanup)

describe('Compare positions', () => {
  it('lists every stream and read-model row that changed between two positions, field by field', async () => {
    const user = userEvent.setup()
    const eventStore = await walkthroughStore()
    await sendOrder(eventStore, { type: 'CreateOrder', orderId: 'order-002', customerId: 'c-2' })
    const { store } = renderPlayground(<ComparePositionsPanel />, eventStore)
    await waitFor(() => expect(store.getState().eventCount).toBe(5))
    await user.clear(screen.getByLabelText('From position'))
    await user.type(screen.getByLabelText('From position'), '2')
    await user.click(screen.getByRole('button', { name: 'Compare positions' }))
    const changes = screen.getByRole('region', { name: 'Changes between positions' })
    expect(within(changes).getByRole('heading', { level: 3 })).toHaveTextContent('Changes between positions 2 and 5')
    expect(within(changes).getByRole('list', { name: 'Changes of Order-order-001' }).textContent).toBe(
      'Status created → paidTotal $4.50 → $6.00Version 2 → 4Payment method — → credit_cardItem banana — → 2 × $0.75',
    )
    expect(within(changes).getByRole('list', { name: 'Changes of Order-order-002' })).toHaveTextContent(
      'Status not_created → createdCustomer — → c-2Version 0 → 1',
    )
    expect(within(changes).getByRole('list', { name: 'Changes of Order summary: order-001' })).toHaveTextContent(
      'Items 3 → 5Total $4.50 → $6.00Status created → paid',
    )
    expect(within(changes).getByRole('list', { name: 'Changes of Order summary: order-002' })).toHaveTextContent(
      'Customer — → c-2',
    )
  })

  it('says so when nothing changed, and refuses a position outside the log', async () => {
    const user = userEvent.setup()
    const { store } = renderPlayground(<ComparePositionsPanel />, await walkthroughStore())
    await waitFor(() => expect(store.getState().eventCount).toBe(4))
    await user.clear(screen.getByLabelText('From position'))
    await user.type(screen.getByLabelText('From position'), '4')
    await user.click(screen.getByRole('button', { name: 'Compare positions' }))
    expect(screen.getByRole('region', { name: 'Changes between positions' })).toHaveTextContent('Nothing changed')
    await user.clear(screen.getByLabelText('To position'))
    await user.type(screen.getByLabelText('To position'), '9')
    await user.click(screen.getByRole('button', { name: 'Compare positions' }))
    expect(screen.getByRole('alert')).toHaveTextContent('To position must be a whole number from 0 to 4.')
  })
})

// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { createInMemoryEventStore } from '../../src/kernel/eventstore'
import { App } from '../../src/ui/App'
import { renderPlayground } from './renderPlayground'

afterEach(cleanup)

describe('the first page', () => {
  it('shows the title, the session and an empty log', async () => {
    renderPlayground(<App />)
    expect(screen.getByRole('heading', { name: 'Event Sourcing Playground' })).toBeTruthy()
    expect(screen.getByText('tab-test')).toBeTruthy()
    expect(await screen.findByText(/No events yet/)).toBeTruthy()
  })

  it('records an OrderCreated event from the form and lists it in the log', async () => {
    const user = userEvent.setup()
    const { eventStore } = renderPlayground(<App />)
    const commands = screen.getByRole('region', { name: 'Commands' })
    await user.clear(within(commands).getByLabelText('Order ID'))
    await user.type(within(commands).getByLabelText('Order ID'), 'order-007')
    await user.clear(within(commands).getByLabelText('Customer ID'))
    await user.type(within(commands).getByLabelText('Customer ID'), 'customer-9')
    await user.click(within(commands).getByRole('button', { name: 'Create order' }))

    const log = screen.getByRole('region', { name: 'Event log' })
    const row = await within(log).findByRole('row', { name: /OrderCreated/ })
    expect(row.textContent).toContain('order-007')
    expect(row.textContent).toContain('order order-007 for customer-9')
    const stored = await eventStore.readAll()
    expect(stored.map((e) => [e.type, e.streamId, e.metadata.sessionId])).toEqual([
      ['OrderCreated', 'Order-order-007', 'tab-test'],
    ])
  })

  it('shows a domain error as an alert and appends nothing', async () => {
    const user = userEvent.setup()
    const { eventStore } = renderPlayground(<App />)
    await user.click(screen.getByRole('button', { name: 'Create order' }))
    await within(screen.getByRole('region', { name: 'Event log' })).findByRole('row', { name: /OrderCreated/ })
    await user.click(screen.getByRole('button', { name: 'Create order' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/already exists/)
    expect(await eventStore.readAll()).toHaveLength(1)
  })

  it('lists events appended to the store by someone else, such as another tab', async () => {
    const eventStore = createInMemoryEventStore({ sessionId: 'tab-other' })
    await eventStore.append('Order-early', [{ type: 'OrderCreated', data: { orderId: 'early', customerId: 'c' } }])
    renderPlayground(<App />, eventStore)
    const log = screen.getByRole('region', { name: 'Event log' })
    await within(log).findByRole('row', { name: /early/ })
    await eventStore.append('Order-late', [{ type: 'OrderCreated', data: { orderId: 'late', customerId: 'c' } }])
    await within(log).findByRole('row', { name: /late/ })
    await waitFor(() => expect(within(log).getAllByRole('row')).toHaveLength(3))
  })
})

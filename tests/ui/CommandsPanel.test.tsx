// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { CommandsPanel } from '../../src/ui/panels/CommandsPanel'
import { renderPlayground, walkthroughStore } from './renderPlayground'

afterEach(cleanup)

async function fill(label: string, value: string) {
  const input = screen.getByLabelText(label)
  await userEvent.clear(input)
  if (value) await userEvent.type(input, value)
}

describe('Commands panel', () => {
  it('says on a first visit that the order does not exist yet, then which version was loaded', async () => {
    const user = userEvent.setup()
    renderPlayground(<CommandsPanel />)
    expect(await screen.findByText('order-001 does not exist yet.')).toBeInTheDocument()
    expect(screen.queryByText(/at version 0/)).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Create order' }))
    expect(await screen.findByText('Loaded order-001 at version 1.')).toBeInTheDocument()
  })

  it('sends every Order command from its form', async () => {
    const user = userEvent.setup()
    const { eventStore } = renderPlayground(<CommandsPanel />)
    await fill('Order ID', 'order-9')
    await fill('Customer ID', 'customer-9')
    await user.click(screen.getByRole('button', { name: 'Create order' }))
    await fill('Item ID', 'pear')
    await fill('Quantity', '2')
    await fill('Unit price', '0.99')
    await user.click(screen.getByRole('button', { name: 'Add item' }))
    await fill('Item ID', 'fig')
    await user.click(screen.getByRole('button', { name: 'Add item' }))
    await user.click(screen.getByRole('button', { name: 'Remove item' }))
    await user.selectOptions(screen.getByLabelText('Payment method'), 'bank_transfer')
    await user.click(screen.getByRole('button', { name: 'Pay order' }))
    await waitFor(async () => expect(await eventStore.streamVersion('Order-order-9')).toBe(5))
    const events = await eventStore.readStream('Order-order-9')
    expect(events.map((e) => [e.type, e.data])).toEqual([
      ['OrderCreated', { orderId: 'order-9', customerId: 'customer-9' }],
      ['ItemAdded', { itemId: 'pear', quantity: 2, unitPriceCents: 99 }],
      ['ItemAdded', { itemId: 'fig', quantity: 2, unitPriceCents: 99 }],
      ['ItemRemoved', { itemId: 'fig' }],
      ['OrderPaid', { paymentMethod: 'bank_transfer', amountCents: 198 }],
    ])
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('cancels with a reason', async () => {
    const user = userEvent.setup()
    const { eventStore } = renderPlayground(<CommandsPanel />)
    await user.click(screen.getByRole('button', { name: 'Create order' }))
    await fill('Reason', 'ordered by mistake')
    await user.click(screen.getByRole('button', { name: 'Cancel order' }))
    await waitFor(async () => expect(await eventStore.streamVersion('Order-order-001')).toBe(2))
    expect((await eventStore.readStream('Order-order-001'))[1]?.data).toEqual({ reason: 'ordered by mistake' })
  })

  it.each([
    ['Quantity', 'abc', /Quantity must be a whole number from 1 to 1,000,000 \(got "abc"\)/],
    ['Quantity', '-2', /Quantity must be a whole number from 1 to 1,000,000 \(got -2\)/],
    ['Unit price', '1.505', /Unit price must be an amount in dollars such as 1\.50/],
    ['Unit price', '-1', /not negative/],
  ])('refuses %s "%s" with what is allowed, appending nothing', async (label, value, message) => {
    const user = userEvent.setup()
    const { eventStore } = renderPlayground(<CommandsPanel />)
    await user.click(screen.getByRole('button', { name: 'Create order' }))
    await waitFor(async () => expect(await eventStore.streamVersion('Order-order-001')).toBe(1))
    await fill(label, value)
    await user.click(screen.getByRole('button', { name: 'Add item' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(message)
    expect(await eventStore.readAll()).toHaveLength(1)
  })

  it('refuses a domain rule with its reason: adding to a paid order', async () => {
    const user = userEvent.setup()
    const { eventStore } = renderPlayground(<CommandsPanel />, await walkthroughStore())
    await user.click(screen.getByRole('button', { name: 'Add item' }))
    expect((await screen.findByRole('alert')).textContent).toMatch(/This order is paid, so you can no longer add items/)
    expect(await eventStore.readAll()).toHaveLength(4)
  })

  it('is disabled while viewing the past, says why, and returns to live', async () => {
    const user = userEvent.setup()
    const { store } = renderPlayground(<CommandsPanel />, await walkthroughStore())
    await waitFor(() => expect(store.getState().eventCount).toBe(4))
    store.getState().seek(2)
    const note = await screen.findByRole('note')
    expect(note.textContent).toMatch(/viewing the past/)
    expect(screen.getByRole('button', { name: 'Create order' })).toBeDisabled()
    await user.click(within(note).getByRole('button', { name: 'Return to live' }))
    expect(store.getState().cursor).toBeNull()
    expect(screen.getByRole('button', { name: 'Create order' })).toBeEnabled()
  })
})

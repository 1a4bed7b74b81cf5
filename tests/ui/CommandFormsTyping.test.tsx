// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it } from 'vitest'
import { createInMemoryEventStore } from '../../src/kernel/eventstore'
import { CommandsPanel } from '../../src/ui/panels/CommandsPanel'
import { renderPlayground } from './renderPlayground'

afterEach(cleanup)

it('keeps what was typed in Order ID when a load started earlier finishes later', async () => {
  const user = userEvent.setup()
  const eventStore = createInMemoryEventStore()
  const readStream = eventStore.readStream.bind(eventStore)
  // Loading the default order (order-001) is slow; anything else is quick.
  eventStore.readStream = async (streamId, options) => {
    if (streamId === 'Order-order-001') await new Promise((resolve) => setTimeout(resolve, 400))
    return readStream(streamId, options)
  }
  const { store } = renderPlayground(<CommandsPanel />, eventStore)
  // Let the automatic load of order-001 start, then type another id before it finishes.
  await new Promise((resolve) => setTimeout(resolve, 300))
  const orderId = screen.getByLabelText('Order ID')
  await user.clear(orderId)
  await user.type(orderId, 'ex7-oops')
  await new Promise((resolve) => setTimeout(resolve, 450))
  expect(orderId).toHaveValue('ex7-oops')
  await user.click(screen.getByRole('button', { name: 'Create order' }))
  await waitFor(async () => expect(await eventStore.streamVersion('Order-ex7-oops')).toBe(1))
  expect(await eventStore.streamVersion('Order-order-001')).toBe(0)
  expect(store.getState().commands.getState().loaded?.target).toBe('ex7-oops')
})

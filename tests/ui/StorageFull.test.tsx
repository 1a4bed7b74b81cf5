// @vitest-environment happy-dom
import { sendOrder } from '../kit/orderCommands'
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { WALKTHROUGH_SAMPLE } from '../../src/domains/order/samples/commands'
import { createDexieEventStore } from '../../src/kernel/eventstore'
import { CommandsPanel } from '../../src/ui/panels/CommandsPanel'
import { EventLogPanel } from '../../src/ui/panels/EventLogPanel'
import { quotaExceededFrom } from '../kernel/eventstore/quotaExceeded'
import { renderPlayground } from './renderPlayground'

let restore = () => {}
afterEach(() => {
  restore()
  cleanup()
})

describe('fault 6 in the page: the browser’s storage is full', () => {
  it('says so in the Commands panel, and the log and the store keep what they had', async () => {
    const user = userEvent.setup()
    const eventStore = createDexieEventStore({ databaseName: `storage-full-${Date.now()}`, sessionId: 'tab-seed' })
    for (const command of WALKTHROUGH_SAMPLE) await sendOrder(eventStore, command)
    renderPlayground(
      <>
        <CommandsPanel />
        <EventLogPanel />
      </>,
      eventStore,
    )
    const log = await screen.findByRole('grid', { name: 'Events' })
    await waitFor(() => expect(within(log).getAllByRole('row')).toHaveLength(5))
    restore = quotaExceededFrom(1)
    await user.clear(screen.getByLabelText('Order ID'))
    await user.type(screen.getByLabelText('Order ID'), 'order-002')
    await user.click(screen.getByRole('button', { name: 'Create order' }))
    const commands = screen.getByRole('region', { name: 'Commands' })
    await waitFor(() =>
      expect(within(commands).getByRole('alert').textContent).toContain(
        "The browser's storage for this site is full: nothing of this write was stored. Export the log to keep it",
      ),
    )
    restore()
    expect(await eventStore.readAll()).toHaveLength(4)
    expect(within(log).getAllByRole('row')).toHaveLength(5)
    await eventStore.close()
  })
})

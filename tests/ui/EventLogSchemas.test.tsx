// @vitest-environment happy-dom
import { PAGE_DOMAINS } from '../kit/domains'
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { parseLogFile } from '../../src/kernel/logfile/logImport'
import { courseSample } from '../kit/courseSample'
import { createInMemoryEventStore } from '../../src/kernel/eventstore'
import { EventLogPanel } from '../../src/ui/panels/EventLogPanel'
import { ReplayedStatePanel } from '../../src/ui/panels/ReplayedStatePanel'
import { renderPlayground } from './renderPlayground'

afterEach(cleanup)

const rowOf = (position: number) =>
  within(screen.getByRole('grid', { name: 'Events' }))
    .getAllByRole('row')
    .find(
      (row) =>
        row.getAttribute('aria-rowindex') !== null &&
        within(row).queryAllByRole('gridcell')[0]?.textContent === String(position),
    )

/** The material's sample, then events this playground cannot fold: a type it lacks, a newer schema, broken data. */
async function storeWithEveryKindOfEvent() {
  const eventStore = createInMemoryEventStore({ sessionId: 'tab-seed' })
  const { events } = await parseLogFile(courseSample('csv'), PAGE_DOMAINS)
  await eventStore.importEvents(events)
  await eventStore.append('Order-order-003', [
    { type: 'OrderCreated', data: { orderId: 'order-003', customerId: 'c-3' } },
    { type: 'GiftWrapped', data: { paper: 'gold' } },
    {
      type: 'ItemAdded',
      data: { itemId: 'fig', quantity: 1, unitPriceCents: 90, giftWrap: true },
      metadata: { schemaVersion: 4 },
    },
    { type: 'ItemAdded', data: { itemId: 'kiwi', quantity: 'lots', unitPriceCents: 40 } },
    { type: 'ItemAdded', data: { itemId: 'date', quantity: 2, unitPriceCents: 125 } },
  ])
  return eventStore
}

describe('the event log with older, unknown and broken events', () => {
  it('marks each event read other than as today’s schema, and says why', async () => {
    renderPlayground(<EventLogPanel />, await storeWithEveryKindOfEvent())
    await waitFor(() => expect(rowOf(14)).toBeTruthy())
    expect(rowOf(2)?.textContent).toContain('schema 0 → 1')
    expect(rowOf(2)?.textContent).toContain('3 × apple at $1.50')
    expect(rowOf(4)?.textContent).toContain('paid by credit_card (amount not recorded)')
    expect(rowOf(11)?.textContent).toContain('unknown type')
    expect(rowOf(12)?.textContent).toContain('unknown schema 4')
    expect(rowOf(12)?.textContent).toContain('newer than this playground reads')
    expect(rowOf(13)?.textContent).toContain('unreadable')
    expect(rowOf(13)?.textContent).toContain('quantity must be a whole number')
    expect(rowOf(14)?.textContent).not.toMatch(/schema|unknown|unreadable/)
  })

  it('shows an upcast event as read and as stored', async () => {
    const user = userEvent.setup()
    renderPlayground(<EventLogPanel />, await storeWithEveryKindOfEvent())
    await waitFor(() => expect(rowOf(2)).toBeTruthy())
    await user.click(rowOf(2) as HTMLElement)
    expect(screen.getByText('Stored in schema 0; upcast on read to schema 1.')).toBeTruthy()
    expect(JSON.parse(screen.getByLabelText('Data as read').textContent ?? '')).toEqual({
      itemId: 'apple',
      quantity: 3,
      unitPriceCents: 150,
    })
    expect(JSON.parse(screen.getByLabelText('Event as stored').textContent ?? '').data).toEqual({
      item_id: 'apple',
      quantity: 3,
      price: 1.5,
    })
  })

  it('keeps the panels working: the state folds what it can read', async () => {
    const user = userEvent.setup()
    renderPlayground(
      <>
        <ReplayedStatePanel />
        <EventLogPanel />
      </>,
      await storeWithEveryKindOfEvent(),
    )
    await waitFor(() => expect(rowOf(14)).toBeTruthy())
    await user.click(rowOf(14) as HTMLElement)
    const state = screen.getByRole('region', { name: 'Replayed state' })
    await waitFor(() => expect(within(state).getByText('$2.50')).toBeTruthy())
    expect(within(state).queryByText('fig')).toBeNull()
  })
})

// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { createInMemoryEventStore } from '../../src/kernel/eventstore'
import { createInMemoryDerivedStorage } from '../../src/kernel/readside/derivedStorage'
import { AsOfTime } from '../../src/ui/panels/AsOfTime'
import { ReadModelsPanel } from '../../src/ui/readside/ReadModelsPanel'
import { SnapshotsPanel } from '../../src/ui/readside/SnapshotsPanel'
import { renderPlayground, showEverythingOnScreen, walkthroughStore } from './renderPlayground'

afterEach(cleanup)

showEverythingOnScreen()

const summary = () => screen.getByRole('table', { name: 'Order summary' })

describe('Read models panel', () => {
  it('shows the stored Order summary, and a rebuild gives the same table', async () => {
    const user = userEvent.setup()
    renderPlayground(<ReadModelsPanel />, await walkthroughStore())
    await waitFor(() =>
      expect(within(summary()).getByRole('row', { name: /order-001/ })).toHaveTextContent('$6.00paid'),
    )
    expect(screen.getByLabelText('Order summary lag')).toHaveTextContent('Checkpoint 4 · up to date')
    const before = summary().textContent
    await user.click(screen.getByRole('button', { name: 'Rebuild Order summary' }))
    await waitFor(() => expect(screen.getByRole('button', { name: 'Rebuild Order summary' })).toBeEnabled())
    expect(summary().textContent).toBe(before)
  })

  it('answers Why <column>? for a cell: the events folded into its row, live and at the cursor', async () => {
    const user = userEvent.setup()
    const { store } = renderPlayground(<ReadModelsPanel />, await walkthroughStore())
    const row = await waitFor(() => within(summary()).getByRole('row', { name: /order-001/ }))
    await user.click(within(row).getByRole('button', { name: 'Why Total?' }))
    const history = screen.getByRole('region', { name: 'Field history' })
    expect(within(history).getByRole('heading')).toHaveTextContent('Why Total of order-001 is $6.00')
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((line) => line.textContent),
    ).toEqual([
      '1: OrderCreated on Order-order-001— → $0.00Go to',
      '2: ItemAdded on Order-order-001$0.00 → $4.50Go to',
      '3: ItemAdded on Order-order-001$4.50 → $6.00Go to',
      '4: OrderPaid on Order-order-001$6.00 (unchanged)Go to',
    ])
    act(() => store.getState().seek(2))
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(2))
    expect(within(history).getByRole('heading')).toHaveTextContent('is $4.50')
  })

  it('says a projection stopped when its storage fails, and leaves the events alone', async () => {
    const storage = createInMemoryDerivedStorage()
    storage.commitReadModel = async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    const eventStore = await walkthroughStore()
    renderPlayground(<ReadModelsPanel />, eventStore, { derivedStorage: storage })
    const alerts = await screen.findAllByRole('alert')
    expect(alerts[0]).toHaveTextContent(
      'Order summary stopped: The quota has been exceeded. Rebuild it to start again.',
    )
    expect(await eventStore.readAll()).toHaveLength(4)
  })
})

/** As of over one order's two events, recorded at the two times given. */
async function asOfOverTwoEvents(...times: string[]) {
  const eventStore = createInMemoryEventStore({ clock: () => new Date(times.shift() ?? '2026-11-24T11:00:00Z') })
  await eventStore.append('Order-a', [{ type: 'OrderCreated', data: { orderId: 'a', customerId: 'c' } }])
  await eventStore.append('Order-a', [{ type: 'OrderCancelled', data: { reason: 'late' } }])
  const { store } = renderPlayground(<AsOfTime />, eventStore)
  await waitFor(() => expect(store.getState().eventCount).toBe(2))
  return store
}

describe('point in time and snapshot inputs', () => {
  it('asks for a complete date and time instead of moving the cursor', async () => {
    const { store } = renderPlayground(<AsOfTime />, await walkthroughStore())
    const input = screen.getByLabelText('As of (UTC)')
    await waitFor(() => expect(store.getState().eventCount).toBe(4))
    fireEvent.change(input, { target: { value: '2020-01-01T00:00:00' } })
    await waitFor(() => expect(store.getState().cursor).toBe(0))
    fireEvent.change(input, { target: { value: '' } })
    expect(await screen.findByText('Enter a complete date and time.')).toBeInTheDocument()
    expect(store.getState().cursor).toBe(0)
  })

  it('reads a time whose seconds the browser left out as second 00, not as the whole minute', async () => {
    const store = await asOfOverTwoEvents('2026-11-22T10:00:00.500Z', '2026-11-22T10:00:30.000Z')
    fireEvent.change(screen.getByLabelText('As of (UTC)'), { target: { value: '2026-11-22T10:00' } })
    await waitFor(() => expect(store.getState().cursor).toBe(1))
  })

  it('reads the time in the local zone when Times in is Local', async () => {
    window.localStorage.setItem('playground.timeZone', 'Local')
    try {
      const store = await asOfOverTwoEvents('2026-11-22T10:00:00.500Z', '2026-11-22T10:00:30.000Z')
      // 10:00 UTC in this machine's local time, as a datetime-local input writes it when the seconds are 00.
      const local = new Date('2026-11-22T10:00:00Z')
      const pad = (value: number) => String(value).padStart(2, '0')
      const value = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`
      fireEvent.change(screen.getByLabelText('As of (your local time)'), { target: { value } })
      await waitFor(() => expect(store.getState().cursor).toBe(1))
    } finally {
      window.localStorage.removeItem('playground.timeZone')
    }
  })

  it('follows the position when it moves by other means, and is empty when live', async () => {
    const times = ['2026-11-22T10:00:07.000Z', '2026-11-23T09:30:15.000Z']
    const eventStore = createInMemoryEventStore({ clock: () => new Date(times.shift() ?? '2026-11-24T11:00:00Z') })
    await eventStore.append('Order-a', [{ type: 'OrderCreated', data: { orderId: 'a', customerId: 'c' } }])
    await eventStore.append('Order-a', [{ type: 'OrderCancelled', data: { reason: 'late' } }])
    const { store } = renderPlayground(<AsOfTime />, eventStore)
    await waitFor(() => expect(store.getState().eventCount).toBe(2))
    const input = screen.getByLabelText('As of (UTC)')
    expect(input).toHaveValue('')
    fireEvent.change(input, { target: { value: '2026-11-22T12:00' } })
    await waitFor(() => expect(store.getState().cursor).toBe(1))
    expect(input).toHaveValue('2026-11-22T12:00')
    act(() => store.getState().seek(0))
    await waitFor(() => expect(input).toHaveValue(''))
    act(() => store.getState().seek(1))
    await waitFor(() => expect(input).toHaveValue('2026-11-22T10:00:07'))
    act(() => store.getState().goLive())
    await waitFor(() => expect(input).toHaveValue(''))
  })

  it('refuses a snapshot interval that is not a whole number from 1 to 10,000, keeping the last good one', async () => {
    const user = userEvent.setup()
    const { store } = renderPlayground(<SnapshotsPanel />)
    const input = screen.getByLabelText('Snapshot every (events)')
    await user.clear(input)
    await user.type(input, '25')
    expect(store.getState().snapshotEvery).toBe(25)
    await user.clear(input)
    await user.type(input, '0')
    expect(screen.getByText('Enter a whole number from 1 to 10,000.')).toBeInTheDocument()
    expect(store.getState().snapshotEvery).toBe(25)
  })
})

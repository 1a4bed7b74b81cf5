// @vitest-environment happy-dom
import { act, cleanup, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useViewInUrl } from '../../src/ui/url/useViewInUrl'
import { sendOrder } from '../kit/orderCommands'
import { renderPlayground, walkthroughStore } from './renderPlayground'

function ViewInUrl() {
  useViewInUrl()
  return null
}

afterEach(cleanup)
beforeEach(() => window.history.replaceState(null, '', '/'))

const params = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '')

describe('the view in the URL', () => {
  it('writes the domain, position, selected stream and event, and filters into the hash', async () => {
    window.history.replaceState(null, '', '/#/')
    const { store } = renderPlayground(<ViewInUrl />, await walkthroughStore())
    await waitFor(() => expect(params().get('at')).toBe('live'))
    act(() => {
      store.getState().seek(2)
      store.getState().selectEvent(2)
      store.getState().setFilters({ type: 'ItemAdded', text: 'apple' })
    })
    await waitFor(() => expect(params().get('at')).toBe('2'))
    expect(window.location.hash).toBe(
      '#/?domain=Order&at=2&stream=Order-order-001&event=2&log-type=ItemAdded&log-text=apple',
    )
  })

  it('shows the view a URL names once the log has loaded, leaving out what the log cannot show', async () => {
    const eventStore = await walkthroughStore()
    await sendOrder(eventStore, { type: 'CreateOrder', orderId: 'order-002', customerId: 'c-2' })
    window.history.replaceState(null, '', '/#/?domain=Order&at=3&stream=Order-order-002&log-stream=Order-order-001')
    const { store } = renderPlayground(<ViewInUrl />, eventStore)
    await waitFor(() => expect(store.getState().cursor).toBe(3))
    expect(store.getState().selectedStreamId).toBe('Order-order-002')
    expect(store.getState().filters.streamId).toBe('Order-order-001')
    window.history.replaceState(null, '', '/#/?domain=Order&at=99&stream=Order-nobody')
    act(() => void window.dispatchEvent(new HashChangeEvent('hashchange')))
    await waitFor(() => expect(params().get('at')).toBe('3'))
    expect(params().get('stream')).toBe('Order-order-002')
  })
})

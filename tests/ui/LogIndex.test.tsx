// @vitest-environment happy-dom
import { cleanup, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useLogIndex } from '../../src/react/useTimeTravel'
import { sendOrder } from '../kit/orderCommands'
import { renderPlayground, walkthroughStore } from './renderPlayground'

afterEach(cleanup)

describe("the log's index of streams and types", () => {
  it('stays the same arrays after events on known streams of known types, and changes with a new stream', async () => {
    const seen: Array<ReturnType<typeof useLogIndex>> = []
    function Probe() {
      seen.push(useLogIndex())
      return null
    }
    const eventStore = await walkthroughStore()
    const { store } = renderPlayground(<Probe />, eventStore)
    await waitFor(() => expect(store.getState().eventCount).toBe(4))
    const before = seen.at(-1)
    expect(before?.streamIds).toEqual(['Order-order-001'])

    await sendOrder(eventStore, { type: 'CreateOrder', orderId: 'order-002', customerId: 'c' })
    await waitFor(() => expect(seen.at(-1)?.streamIds).toEqual(['Order-order-001', 'Order-order-002']))
    const withTwo = seen.at(-1)
    await sendOrder(eventStore, {
      type: 'AddItem',
      orderId: 'order-002',
      itemId: 'pear',
      quantity: 1,
      unitPriceCents: 1,
    })
    await waitFor(() => expect(store.getState().eventCount).toBe(6))
    expect(seen.at(-1)).toBe(withTwo)
    expect(withTwo).not.toBe(before)
  })
})

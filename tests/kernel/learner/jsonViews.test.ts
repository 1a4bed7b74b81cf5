import { describe, expect, it } from 'vitest'
import { jsonDiff, jsonStateFields, jsonStateTables, jsonSummary } from '../../../src/kernel/learner/jsonViews'
import { shapeProblem } from '../../../src/kernel/learner/eventShape'

describe('what a learner module shows without writing any view', () => {
  const state = { status: 'paid', totalCents: 450, tags: ['gift'], items: [{ itemId: 'apple', quantity: 3 }] }

  it('draws top-level fields in words (money in dollars) and lists of objects as tables', () => {
    expect(jsonStateFields(state)).toEqual([
      { label: 'status', value: 'paid' },
      { label: 'totalCents', value: '$4.50' },
      { label: 'tags', value: 'gift' },
    ])
    expect(jsonStateTables(state)).toEqual([
      {
        caption: 'items',
        columns: ['itemId', 'quantity'],
        rows: [{ key: '0', cells: ['apple', '3'] }],
        empty: 'No items.',
      },
    ])
  })

  it('diffs field by field and summarises an event by its first fields', () => {
    expect(jsonDiff({ ...state, items: [] }, state)).toEqual([{ field: 'items', before: 'none', after: '1 entry' }])
    expect(jsonSummary({ amountCents: 450, method: 'paypal' })).toBe('amountCents $4.50, method paypal')
    expect(jsonSummary({})).toBe('no data')
  })

  it('checks stored data against the declared shape', () => {
    const shape = { orderId: 'text', amountCents: 'money', note: 'text?' } as const
    expect(shapeProblem(shape, { orderId: 'o', amountCents: 5 })).toBeNull()
    expect(shapeProblem(shape, { orderId: 'o' })).toBe('amountCents is missing')
    expect(shapeProblem(shape, { orderId: 'o', amountCents: 1.5 })).toBe(
      'amountCents is 1.5, not money (integer cents)',
    )
    expect(shapeProblem(shape, [])).toBe('its data is not an object')
  })
})

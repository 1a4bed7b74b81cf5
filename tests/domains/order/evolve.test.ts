import { describe, expect, it } from 'vitest'
import { replayOrder } from '../../../src/domains/order'
import { formatCents, groupThousands, parseDollarsToCents } from '../../../src/kernel/money'
import { added, cancelled, created, given, paid, removed } from './givenWhenThen'

describe('evolve', () => {
  it('folds the walkthrough into state', () => {
    const { state } = given(created(), added('apple', 3, 150), added('banana', 2, 75))
    expect(state).toMatchObject({ status: 'created', customerId: 'customer-123', totalCents: 600, version: 3 })
    expect(state.items).toEqual([
      { itemId: 'apple', quantity: 3, unitPriceCents: 150 },
      { itemId: 'banana', quantity: 2, unitPriceCents: 75 },
    ])
  })
  it('merges a repeated item into one line and removes a whole line', () => {
    const { state } = given(
      created(),
      added('apple', 3, 150),
      added('apple', 2, 150),
      added('pear', 1, 99),
      removed('pear'),
    )
    expect(state.items).toEqual([{ itemId: 'apple', quantity: 5, unitPriceCents: 150 }])
    expect(state.totalCents).toBe(750)
  })
  it('records payment and cancellation', () => {
    expect(given(created(), added('a', 1, 1), paid(1, 'paypal')).state).toMatchObject({
      status: 'paid',
      paymentMethod: 'paypal',
    })
    expect(given(created(), cancelled('late')).state).toMatchObject({ status: 'cancelled', cancelReason: 'late' })
  })
  it('replays stored events, skipping unknown types but keeping their version', () => {
    const state = replayOrder([
      { ...created(), version: 1 },
      { type: 'GiftWrapped', data: {}, version: 2 },
      { ...added('apple', 1, 150), version: 3 },
    ])
    expect(state).toMatchObject({ version: 3, totalCents: 150, status: 'created' })
  })
})

describe('money', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [100000, '100,000'],
    [1234567, '1,234,567'],
    [-45000, '-45,000'],
  ])('groups %i as %s', (value, text) => {
    expect(groupThousands(value)).toBe(text)
  })

  it.each([
    ['1.50', 150],
    ['0.75', 75],
    ['3', 300],
    [' 2.5 ', 250],
    ['0', 0],
  ])('parses %s dollars as %i cents', (text, cents) => {
    expect(parseDollarsToCents(text)).toBe(cents)
  })
  it.each(['-1', '1.505', 'abc', '', '1e3', '.5'])('refuses %s', (text) => {
    expect(parseDollarsToCents(text)).toBeUndefined()
  })
  it('formats cents as dollars', () => {
    expect(formatCents(600)).toBe('$6.00')
    expect(formatCents(5)).toBe('$0.05')
    expect(formatCents(123456789)).toBe('$1,234,567.89')
    expect(formatCents(100000)).toBe('$1,000.00')
    expect(formatCents(-99999)).toBe('-$999.99')
  })
})

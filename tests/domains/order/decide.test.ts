import { describe, it } from 'vitest'
import { added, cancelled, created, given, paid, removed } from './givenWhenThen'

const id = 'order-001'

describe('CreateOrder', () => {
  it('creates an order that does not exist', () => {
    given().when({ type: 'CreateOrder', orderId: id, customerId: 'customer-123' }).then(created())
  })
  it('refuses a second create', () => {
    given(created())
      .when({ type: 'CreateOrder', orderId: id, customerId: 'c' })
      .thenRejects('OrderAlreadyExists', /already exists/)
  })
  it.each([
    ['an empty order id', '', 'customer-123', /Order ID is required/],
    ['an order id with spaces', 'my order', 'customer-123', /no spaces/],
    ['an empty customer id', id, '', /Customer ID is required/],
    ['a customer id that is too long', id, 'c'.repeat(65), /1 to 64 characters/],
  ])('refuses %s', (_, orderId, customerId, message) => {
    given().when({ type: 'CreateOrder', orderId, customerId }).thenRejects('InvalidId', message)
  })
})

describe('every command', () => {
  it.each([
    { type: 'AddItem', orderId: 'bad id', itemId: 'apple', quantity: 1, unitPriceCents: 1 },
    { type: 'RemoveItem', orderId: '', itemId: 'apple' },
    { type: 'PayOrder', orderId: 'bad id', paymentMethod: 'paypal' },
    { type: 'CancelOrder', orderId: 'x'.repeat(65), reason: 'r' },
  ] as const)('checks the order id first ($type)', (command) => {
    given(created())
      .when(command)
      .thenRejects('InvalidId', /Order ID/)
  })
})

describe('AddItem', () => {
  const add = (itemId: string, quantity: number, unitPriceCents: number) =>
    ({ type: 'AddItem', orderId: id, itemId, quantity, unitPriceCents }) as const
  it('adds an item to a created order', () => {
    given(created())
      .when(add('apple', 3, 150))
      .then(added('apple', 3, 150))
  })
  it('refuses items before the order exists', () => {
    given()
      .when(add('apple', 3, 150))
      .thenRejects('OrderNotFound', /create it/)
  })
  it('refuses items after the order is paid or cancelled', () => {
    given(created(), added('apple', 1, 100), paid(100))
      .when(add('pear', 1, 50))
      .thenRejects('OrderNotOpen', /paid/)
    given(created(), cancelled())
      .when(add('pear', 1, 50))
      .thenRejects('OrderNotOpen', /cancelled/)
  })
  it.each([0, -2, 1.5, Number.NaN, 1_000_001])('refuses quantity %s', (quantity) => {
    given(created())
      .when(add('apple', quantity, 150))
      .thenRejects('InvalidQuantity', /whole number from 1/)
  })
  it.each([-1, 1.5, Number.NaN, 100_000_001])('refuses unit price %s cents', (cents) => {
    given(created())
      .when(add('apple', 1, cents))
      .thenRejects('InvalidUnitPrice', /at most two decimals/)
  })
  it('accepts a free item', () => {
    given(created())
      .when(add('sample', 1, 0))
      .then(added('sample', 1, 0))
  })
  it('adds to the quantity of an item already there, at the same price', () => {
    given(created(), added('apple', 3, 150))
      .when(add('apple', 2, 150))
      .then(added('apple', 2, 150))
  })
  it('refuses the same item at a different price', () => {
    given(created(), added('apple', 3, 150))
      .when(add('apple', 1, 200))
      .thenRejects('ItemPriceMismatch', /\$1\.50/)
  })
})

describe('RemoveItem', () => {
  const remove = (itemId: string) => ({ type: 'RemoveItem', orderId: id, itemId }) as const
  it('removes an item that is in the order', () => {
    given(created(), added('apple', 3, 150))
      .when(remove('apple'))
      .then(removed('apple'))
  })
  it('refuses to remove an item that is not there, naming what is', () => {
    given(created(), added('apple', 3, 150))
      .when(remove('kiwi'))
      .thenRejects('ItemNotInOrder', /items: apple/)
    given(created(), added('apple', 3, 150), removed('apple'))
      .when(remove('apple'))
      .thenRejects('ItemNotInOrder')
  })
  it('refuses removal before create and after payment', () => {
    given().when(remove('apple')).thenRejects('OrderNotFound')
    given(created(), added('apple', 1, 100), paid(100))
      .when(remove('apple'))
      .thenRejects('OrderNotOpen')
  })
})

describe('PayOrder', () => {
  const pay = (paymentMethod = 'credit_card') => ({ type: 'PayOrder', orderId: id, paymentMethod }) as const
  it('pays a created order with items, recording the amount', () => {
    given(created(), added('apple', 3, 150), added('banana', 2, 75))
      .when(pay())
      .then(paid(600))
  })
  it('refuses an empty order', () => {
    given(created())
      .when(pay())
      .thenRejects('EmptyOrder', /add at least one item/)
    given(created(), added('apple', 1, 100), removed('apple'))
      .when(pay())
      .thenRejects('EmptyOrder')
  })
  it('refuses paying twice, a cancelled order, or an order that does not exist', () => {
    given(created(), added('apple', 1, 100), paid(100))
      .when(pay())
      .thenRejects('OrderAlreadyPaid', /already paid/)
    given(created(), added('apple', 1, 100), cancelled())
      .when(pay())
      .thenRejects('OrderAlreadyCancelled')
    given().when(pay()).thenRejects('OrderNotFound')
  })
  it('refuses an unknown payment method, listing the allowed ones', () => {
    given(created(), added('apple', 1, 100))
      .when(pay('cash'))
      .thenRejects('InvalidPaymentMethod', /credit_card, debit_card, paypal, bank_transfer/)
  })
})

describe('CancelOrder', () => {
  const cancel = (reason = 'changed my mind') => ({ type: 'CancelOrder', orderId: id, reason }) as const
  it('cancels a created order with a trimmed reason', () => {
    given(created()).when(cancel('  out of stock ')).then(cancelled('out of stock'))
  })
  it('refuses a paid order, a cancelled one, a missing one, and a blank reason', () => {
    given(created(), added('apple', 1, 100), paid(100))
      .when(cancel())
      .thenRejects('CannotCancelPaidOrder', /paid order cannot be cancelled/)
    given(created(), cancelled()).when(cancel()).thenRejects('OrderAlreadyCancelled')
    given().when(cancel()).thenRejects('OrderNotFound')
    given(created()).when(cancel('   ')).thenRejects('ReasonRequired')
  })
})

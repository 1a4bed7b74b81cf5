/** Every rule an Order command can break. Stable codes: tests and the UI match on them. */
export type OrderErrorCode =
  | 'InvalidId'
  | 'InvalidQuantity'
  | 'InvalidUnitPrice'
  | 'InvalidPaymentMethod'
  | 'ReasonRequired'
  | 'OrderAlreadyExists'
  | 'OrderNotFound'
  | 'OrderNotOpen'
  | 'ItemNotInOrder'
  | 'ItemPriceMismatch'
  | 'EmptyOrder'
  | 'OrderAlreadyPaid'
  | 'OrderAlreadyCancelled'
  | 'CannotCancelPaidOrder'

/** Largest quantity of one line, so totals stay exact integers. */
export const MAX_QUANTITY = 1_000_000
/** Largest unit price: $1,000,000.00. */
export const MAX_UNIT_PRICE_CENTS = 100_000_000
/** Longest id (order, customer, item) accepted. */
export const MAX_ID_LENGTH = 64
/** Longest cancellation reason accepted. */
export const MAX_REASON_LENGTH = 500

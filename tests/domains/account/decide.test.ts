import { describe, it } from 'vitest'
import { deciderSpec } from '../../kit/deciderSpec'
import { accountModule } from '../../../src/domains/account/module'
import type { AccountEvent } from '../../../src/domains/account/events'

const spec = deciderSpec(accountModule.decider)
const opened = (initialBalanceCents = 10_000): AccountEvent => ({
  type: 'AccountOpened',
  data: { accountId: 'a-1', owner: 'Alice', initialBalanceCents },
})
const requested: AccountEvent = {
  type: 'TransferRequested',
  data: { accountId: 'a-1', transferId: 'a-1.t2', toAccountId: 'b-1', amountCents: 5_000 },
}

describe('Bank account rules', () => {
  it('opens once, with a bounded initial balance', () => {
    spec
      .given()
      .when({ type: 'OpenAccount', accountId: 'a-1', owner: ' Alice ', initialBalanceCents: 10_000 })
      .then(opened())
    spec
      .given(opened())
      .when({ type: 'OpenAccount', accountId: 'a-1', owner: 'Bob', initialBalanceCents: 0 })
      .thenRejects('AccountExists')
    spec
      .given()
      .when({ type: 'OpenAccount', accountId: 'a-1', owner: 'Alice', initialBalanceCents: 100_000_001 })
      .thenRejects('InvalidAmount', /\$1,000,000\.00/)
    spec
      .given()
      .when({ type: 'OpenAccount', accountId: 'a 1', owner: 'Alice', initialBalanceCents: 0 })
      .thenRejects('InvalidId')
    spec
      .given()
      .when({ type: 'OpenAccount', accountId: 'a-1', owner: '  ', initialBalanceCents: 0 })
      .thenRejects('InvalidNote')
  })

  it('refuses amounts that are not positive, and a deposit without a source', () => {
    spec
      .given(opened())
      .when({ type: 'Deposit', accountId: 'a-1', amountCents: 0, source: 'x' })
      .thenRejects('InvalidAmount')
    spec
      .given(opened())
      .when({ type: 'Withdraw', accountId: 'a-1', amountCents: -5, reason: 'x' })
      .thenRejects('InvalidAmount')
    spec
      .given(opened())
      .when({ type: 'Deposit', accountId: 'a-1', amountCents: 100, source: '' })
      .thenRejects('InvalidNote')
    spec
      .given()
      .when({ type: 'Deposit', accountId: 'a-1', amountCents: 100, source: 'x' })
      .thenRejects('AccountNotFound')
  })

  it('lets a withdrawal go down to −$500.00 and no further', () => {
    spec
      .given(opened())
      .when({ type: 'Withdraw', accountId: 'a-1', amountCents: 60_000, reason: 'rent' })
      .then({ type: 'MoneyWithdrawn', data: { accountId: 'a-1', amountCents: 60_000, reason: 'rent' } })
    spec
      .given(opened())
      .when({ type: 'Withdraw', accountId: 'a-1', amountCents: 60_001, reason: 'rent' })
      .thenRejects('Overdraft', 'would take a-1 to -$500.01; the overdraft limit is -$500.00')
  })

  it('closes only at zero, and a closed account takes no more commands', () => {
    spec
      .given(opened())
      .when({ type: 'CloseAccount', accountId: 'a-1' })
      .thenRejects('BalanceNotZero', /\$100\.00/)
    spec
      .given(opened(0))
      .when({ type: 'CloseAccount', accountId: 'a-1' })
      .then({ type: 'AccountClosed', data: { accountId: 'a-1' } })
    const closed: AccountEvent = { type: 'AccountClosed', data: { accountId: 'a-1' } }
    spec
      .given(opened(0), closed)
      .when({ type: 'Deposit', accountId: 'a-1', amountCents: 100, source: 'x' })
      .thenRejects('AccountClosed')
    spec.given(opened(0), closed).when({ type: 'CloseAccount', accountId: 'a-1' }).thenRejects('AccountClosed')
  })

  it('requests a transfer with an id from the stream’s next version, never to itself', () => {
    spec
      .given(opened())
      .when({ type: 'Transfer', accountId: 'a-1', toAccountId: 'b-1', amountCents: 5_000 })
      .then(requested)
    spec
      .given(opened())
      .when({ type: 'Transfer', accountId: 'a-1', toAccountId: 'a-1', amountCents: 5_000 })
      .thenRejects('TransferToSelf')
  })

  it('takes each step of a transfer once: a second is refused as already taken', () => {
    const withdrawn: AccountEvent = {
      type: 'MoneyWithdrawn',
      data: { accountId: 'a-1', amountCents: 5_000, reason: 'Transfer a-1.t2 to b-1', transferId: 'a-1.t2' },
    }
    const step = {
      type: 'Withdraw',
      accountId: 'a-1',
      amountCents: 5_000,
      reason: 'Transfer a-1.t2 to b-1',
      transferId: 'a-1.t2',
    } as const
    spec.given(opened(), requested).when(step).then(withdrawn)
    spec.given(opened(), requested, withdrawn).when(step).thenRejects('StepAlreadyTaken')
    spec.given(opened()).when(step).thenRejects('UnknownTransfer')
    const deposit = {
      type: 'Deposit',
      accountId: 'b-1',
      amountCents: 5_000,
      source: 'Transfer a-1.t2 from a-1',
      transferId: 'a-1.t2',
    } as const
    const receiverOpened: AccountEvent = {
      type: 'AccountOpened',
      data: { accountId: 'b-1', owner: 'Bob', initialBalanceCents: 0 },
    }
    const deposited: AccountEvent = {
      type: 'MoneyDeposited',
      data: { accountId: 'b-1', amountCents: 5_000, source: 'Transfer a-1.t2 from a-1', transferId: 'a-1.t2' },
    }
    spec.given(receiverOpened).when(deposit).then(deposited)
    spec.given(receiverOpened, deposited).when(deposit).thenRejects('StepAlreadyTaken')
    // The sender cannot close while its transfer is in flight.
    spec
      .given(opened(5_000), requested, { ...withdrawn })
      .when({ type: 'CloseAccount', accountId: 'a-1' })
      .thenRejects('TransferInFlight')
    spec
      .given(opened(), requested, withdrawn, {
        type: 'TransferCompleted',
        data: { accountId: 'a-1', transferId: 'a-1.t2' },
      })
      .when({ type: 'CompleteTransfer', accountId: 'a-1', transferId: 'a-1.t2' })
      .thenRejects('StepAlreadyTaken')
  })
})

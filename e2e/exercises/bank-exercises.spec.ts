import { expect, test } from '../fixtures'
import { startWithSample, toPlayground } from './helpers'

test('Bank account exercise 1 passes with the balance read at the asked date with As of', async ({ page }) => {
  const { playground, exercises } = await startWithSample(page, 'Bank account')
  await exercises.open()
  await expect(
    exercises.card(1).getByText('What was the balance of user_123 at the end of 7 January 2024 (UTC)?'),
  ).toBeVisible()
  await exercises.expectStatus(1, 'in progress')
  await toPlayground(page)
  await playground.timeTravel.getByLabel('As of (UTC)').fill('2024-01-07T23:59')
  await playground.selectIn('Accounts', 'user_123')
  const balance = (await playground.field('Balance').textContent()) ?? ''
  expect(balance).toBe('$150.00')
  await exercises.open()
  await exercises.answer(1, 'Balance then', balance)
  await exercises.expectStatus(1, 'passed')
})

test('Bank account exercise 1 near miss: the balance now', async ({ page }) => {
  const { playground, exercises } = await startWithSample(page, 'Bank account')
  await playground.selectIn('Accounts', 'user_123')
  const now = (await playground.field('Balance').textContent()) ?? ''
  await exercises.open()
  await exercises.answer(1, 'Balance then', now)
  await exercises.expectStatus(1, 'in progress')
  await expect(exercises.card(1)).toContainText('That is the balance now')
})

test('Bank account exercise 2 passes with the position of the event that took the balance below zero', async ({
  page,
}) => {
  const { playground, exercises } = await startWithSample(page, 'Bank account')
  await playground.eventLog.getByLabel('Filter by stream').selectOption('Account-user_123')
  const mistake = playground.eventLog.getByRole('row', { name: /mistake/ })
  const position = (await mistake.getByRole('gridcell').first().textContent()) ?? ''
  await playground.slider.fill(position)
  await playground.expectPosition(Number(position))
  await expect(playground.field('Balance')).toHaveText('-$270.00')
  await exercises.open()
  await exercises.answer(2, 'Position', position)
  await exercises.expectStatus(2, 'passed')
})

test('Bank account exercise 2 near miss: the version in its stream instead of the position', async ({ page }) => {
  const { playground, exercises } = await startWithSample(page, 'Bank account')
  const mistake = playground.eventLog.getByRole('row', { name: /mistake/ })
  const version = (await mistake.getByRole('gridcell').nth(2).textContent()) ?? ''
  expect(version).toBe('5')
  await exercises.open()
  await exercises.answer(2, 'Position', version)
  await exercises.expectStatus(2, 'in progress')
  await expect(exercises.card(2)).toContainText('the question asks for its position')
})

test('Bank account exercise 3 passes with a compensating deposit, the mistake kept', async ({ page }) => {
  const { playground, exercises } = await startWithSample(page, 'Bank account')
  await exercises.open()
  await exercises.expectStatus(3, 'in progress')
  await toPlayground(page)
  await playground.fill('Account ID', 'user_123')
  const deposit = page.getByRole('form', { name: 'Deposit form' })
  await deposit.getByLabel('Amount').fill('1000')
  await deposit.getByLabel('Source').fill('Correction: the rent was typed as $1,000.00')
  await deposit.getByRole('button', { name: 'Deposit' }).click()
  await expect(playground.field('Balance')).toHaveText('$730.00')
  await expect(playground.eventLog.getByRole('row', { name: /mistake/ })).toHaveCount(1)
  await exercises.open()
  await exercises.expectStatus(3, 'passed')
})

test('Bank account exercise 3 near miss: a deposit of another amount', async ({ page }) => {
  const { playground, exercises } = await startWithSample(page, 'Bank account')
  await playground.fill('Account ID', 'user_123')
  const deposit = page.getByRole('form', { name: 'Deposit form' })
  await deposit.getByLabel('Amount').fill('900')
  await deposit.getByRole('button', { name: 'Deposit' }).click()
  await expect(playground.field('Balance')).toHaveText('$630.00')
  await exercises.open()
  await exercises.expectStatus(3, 'in progress')
  await expect(exercises.card(3)).toContainText('No $1,000.00 deposit to user_123 after the mistake yet')
})

test('Bank account exercise 4 passes with one transfer completed and one compensated', async ({ page }) => {
  const { playground, exercises } = await startWithSample(page, 'Bank account')
  await playground.transfer('user_123', 'bob_456', '50')
  await expect(playground.eventLog.getByRole('row', { name: /TransferCompleted/ })).toHaveCount(1)
  await playground.transfer('bob_456', 'carol_789', '50')
  await expect(playground.eventLog.getByRole('row', { name: /TransferFailed/ })).toHaveCount(1)
  await exercises.open()
  await exercises.expectStatus(4, 'passed')
})

test('Bank account exercise 4 near miss: a transfer refused before any money moved', async ({ page }) => {
  const { playground, exercises } = await startWithSample(page, 'Bank account')
  await playground.transfer('user_123', 'bob_456', '50')
  await expect(playground.eventLog.getByRole('row', { name: /TransferCompleted/ })).toHaveCount(1)
  await playground.transfer('user_123', 'bob_456', '5000')
  await expect(playground.eventLog.getByRole('row', { name: /withdrawal was refused/ })).toHaveCount(1)
  await exercises.open()
  await exercises.expectStatus(4, 'in progress')
  await expect(exercises.card(4)).toContainText('failed before any money moved')
})

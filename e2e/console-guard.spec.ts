import { test } from './fixtures'

// The suite must fail on console errors. `test.fail` inverts the result: this test passes only
// if the guard in fixtures.ts fails it, so removing the guard turns the suite red.
test.fail('the console guard fails a test whose page logs an error', async ({ page }) => {
  await page.goto('./')
  await page.evaluate(() => console.error('deliberate error to prove the guard works'))
})

test.fail('the console guard fails a test whose page throws', async ({ page }) => {
  await page.goto('./')
  await page.evaluate(() =>
    setTimeout(() => {
      throw new Error('deliberate uncaught error')
    }, 0),
  )
  await page.waitForTimeout(50)
})

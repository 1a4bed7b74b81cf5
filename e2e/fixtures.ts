import { test as base, expect, type Page } from '@playwright/test'

/**
 * Every e2e test uses this `test`: it records console errors, React warnings and uncaught
 * page errors on every page of the test's context, and fails the test if there were any.
 */
export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ context }, use) => {
      const problems: string[] = []
      const watch = (page: Page) => {
        page.on('console', (message) => {
          const text = message.text()
          if (message.type() === 'error' || (message.type() === 'warning' && /React|Warning:/.test(text))) {
            problems.push(`console.${message.type()}: ${text}`)
          }
        })
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      }
      context.pages().forEach(watch)
      context.on('page', watch)
      await use(problems)
      expect(problems, 'console errors, React warnings or page errors during the test').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

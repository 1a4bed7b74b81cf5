import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test'

/**
 * A `test` that records console errors, React warnings and uncaught page errors on every page of
 * the test's context, and fails the test if there were any. `expected` names console errors a
 * spec provokes on purpose (a failed request to a server it stopped), and nothing else.
 */
export function failingOnConsoleProblems(expected: (message: ConsoleMessage) => boolean = () => false) {
  return base.extend<{ consoleProblems: string[] }>({
    consoleProblems: [
      async ({ context }, use) => {
        const problems: string[] = []
        const watch = (page: Page) => {
          page.on('console', (message) => {
            const text = message.text()
            if (message.type() === 'error' && !expected(message)) problems.push(`console.error: ${text}`)
            if (message.type() === 'warning' && /React|Warning:/.test(text)) problems.push(`console.warning: ${text}`)
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
}

/** Every e2e test uses this `test` (or failingOnConsoleProblems with what it provokes on purpose). */
export const test = failingOnConsoleProblems()

export { expect }

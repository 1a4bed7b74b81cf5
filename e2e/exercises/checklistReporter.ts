import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/** Prints the exercise specs as a checklist: each exercise's reference path and its near miss. */
export default class ChecklistReporter implements Reporter {
  private readonly rows: { title: string; ok: boolean; error?: string }[] = []

  onTestEnd(test: TestCase, result: TestResult): void {
    const ok = test.outcome() === 'expected'
    this.rows.push({ title: test.title, ok, ...(ok ? {} : { error: result.error?.message?.split('\n')[0] }) })
  }

  onEnd(result: FullResult): void {
    // By domain ("Bank account exercise 2 …", "Exercise 2 …" for the Order), then by number.
    const key = (title: string) =>
      title.replace(/exercise (\d+)/i, (_, number: string) => `exercise ${number.padStart(3, '0')}`)
    const rows = [...this.rows].sort((a, b) => key(a.title).localeCompare(key(b.title)))
    console.log('\nExercise checks, performed through the UI in Chromium:\n')
    for (const row of rows) {
      console.log(`  ${row.ok ? '[x]' : '[ ]'} ${row.title}`)
      if (row.error) console.log(`        ${row.error}`)
    }
    const passed = rows.filter((row) => row.ok).length
    console.log(`\n${passed} passed, ${rows.length - passed} failed (${result.status})`)
  }
}

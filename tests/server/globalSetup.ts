import type { TestProject } from 'vitest/node'
import { postgresBinaries, startThrowawayPostgres } from '../../scripts/postgres/throwaway'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A throwaway PostgreSQL for the shared-store tests; null where PostgreSQL is not installed (never in CI). */
    postgresUrl: string | null
  }
}

/**
 * Whether this run names test files, none of them a shared-store test (`npx vitest run
 * tests/generated/order-001-at-7.test.ts`): then no PostgreSQL is started for it.
 */
function onlyFilesOutsideServerTests(): boolean {
  const filters = process.argv.slice(2).filter((argument) => !argument.startsWith('-') && argument !== 'run')
  return (
    filters.length > 0 && filters.every((filter) => /\.test\.tsx?$/.test(filter) && !filter.includes('tests/server'))
  )
}

/**
 * Starts a throwaway PostgreSQL cluster for the whole run (the shared-store tests make a room
 * each, so they share it), and stops it after. CI installs PostgreSQL; a machine without it
 * skips those tests and says so, and CI fails instead.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (onlyFilesOutsideServerTests()) {
    project.provide('postgresUrl', null)
    return async () => undefined
  }
  if (!postgresBinaries()) {
    if (process.env.CI) throw new Error('CI needs PostgreSQL for the shared-store tests: apt-get install -y postgresql')
    console.warn('PostgreSQL is not installed: the shared-store tests are skipped (apt-get install -y postgresql).')
    project.provide('postgresUrl', null)
    return async () => undefined
  }
  const postgres = await startThrowawayPostgres()
  project.provide('postgresUrl', postgres.url)
  return () => postgres.stop()
}

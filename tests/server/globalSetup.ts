import type { TestProject } from 'vitest/node'
import { postgresBinaries, startThrowawayPostgres } from '../../scripts/postgres/throwaway'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A throwaway PostgreSQL for the shared-store tests; null where PostgreSQL is not installed (never in CI). */
    postgresUrl: string | null
  }
}

/**
 * Starts a throwaway PostgreSQL cluster for the whole run (the shared-store tests make a room
 * each, so they share it), and stops it after. CI installs PostgreSQL; a machine without it
 * skips those tests and says so, and CI fails instead.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
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

import { defineConfig } from '@playwright/test'
import base from './playwright.config'

/** `npm run test:scale`: the million-event check (e2e/scale/*.scale.ts), one test in one worker. */
export default defineConfig({
  ...base,
  testMatch: '**/*.scale.ts',
  workers: 1,
  fullyParallel: false,
})

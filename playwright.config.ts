import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutablePath } from './e2e/chromium'

const PORT = 4173
const executablePath = chromiumExecutablePath()

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  // Twice the 30 s default: with two workers on two cores, the longest flows (a sample, a rebuild, an
  // import) took up to 24 s of an idle run, and a loaded machine is slower still. Keep each test
  // under half its limit; a test that needs more says so with test.setTimeout.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }],
  // Runs against the built site (npm run test:e2e builds first).
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})

/**
 * Takes the README's screenshots of the built site: `npm run screenshots` (it builds and serves first).
 * Writes docs/screenshot-desktop.png (1280×800), docs/screenshot-phone.png (390 wide) and
 * docs/screenshot-dark.png (1280×800, the system's dark mode).
 */
import { chromium } from '@playwright/test'
import { spawn } from 'node:child_process'
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../e2e/chromium'

const URL = 'http://127.0.0.1:4174/'

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(URL)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`The preview server did not start at ${URL}`)
}

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', '4174', '--strictPort'], {
  stdio: 'ignore',
})
try {
  await waitForServer()
  const executablePath = chromiumExecutablePath()
  const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) })
  const shots = [
    { file: 'docs/screenshot-desktop.png', viewport: { width: 1280, height: 800 }, fullPage: false, dark: false },
    { file: 'docs/screenshot-phone.png', viewport: { width: 390, height: 844 }, fullPage: true, dark: false },
    { file: 'docs/screenshot-dark.png', viewport: { width: 1280, height: 800 }, fullPage: false, dark: true },
  ]
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport, colorScheme: shot.dark ? 'dark' : 'light' })
    await page.goto(URL)
    await page.getByRole('button', { name: 'Load sample' }).click()
    await page.getByText(/Loaded the sample/).waitFor()
    await page.getByRole('slider', { name: 'Time travel' }).fill('3')
    await page
      .getByRole('region', { name: 'Event log' })
      .getByRole('row', { name: /OrderPaid/ })
      .first()
      .click()
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: shot.file, fullPage: shot.fullPage })
    await page.close()
    console.log(`wrote ${shot.file}`)
  }
  await browser.close()
} finally {
  server.kill()
}

import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { contentSecurityPolicy } from './vite.csp.ts'

export default defineConfig({
  plugins: [react(), contentSecurityPolicy('site')],
  // Relative asset URLs, so the built site also works from a sub-folder.
  base: './',
  build: { outDir: 'dist', sourcemap: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Fixed seed: property tests and shuffles are the same on every run.
    sequence: { seed: 20261122 },
  },
})

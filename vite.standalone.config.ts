import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { contentSecurityPolicy } from './vite.csp.ts'

/**
 * The self-contained build: one HTML file with every script and style inlined, which works
 * when opened straight from disk (file://). `npm run build` writes it to dist/standalone/.
 */
export default defineConfig({
  plugins: [react(), viteSingleFile(), contentSecurityPolicy('standalone')],
  base: './',
  publicDir: false,
  build: { outDir: 'dist/standalone', emptyOutDir: true },
})

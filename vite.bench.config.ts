import { defineConfig } from 'vite'

/** Builds bench/ into dist/bench/, beside the site, so `npm run bench` serves both from one origin. */
export default defineConfig({
  root: 'bench',
  base: './',
  build: { outDir: '../dist/bench', emptyOutDir: true, sourcemap: false },
})

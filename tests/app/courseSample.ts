import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** The learning material's events table as the playground ships it in src/samples/. */
export const courseSample = (extension: 'csv' | 'json'): string =>
  readFileSync(resolve(process.cwd(), `src/samples/learning-material-orders.${extension}`), 'utf8')

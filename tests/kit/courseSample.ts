import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** The learning material's events table as the playground ships it in src/domains/order/samples/. */
export const courseSample = (extension: 'csv' | 'json'): string =>
  readFileSync(resolve(process.cwd(), `src/domains/order/samples/learning-material-orders.${extension}`), 'utf8')

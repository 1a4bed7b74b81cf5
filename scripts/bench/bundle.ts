import { readFile, readdir } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'

const gzippedKb = async (file: string) => gzipSync(await readFile(file)).length / 1024

/**
 * The JS the first screen loads, gzipped: the entry script of dist/index.html and every chunk it
 * preloads (its static imports). Every other chunk is lazy, and listed with its size.
 */
export async function bundleSizes(
  dist = 'dist',
): Promise<{ firstScreenKb: number; files: Record<string, number>; lazy: Record<string, number> }> {
  const html = await readFile(`${dist}/index.html`, 'utf8')
  const firstScreen = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1] as string)
  const files: Record<string, number> = {}
  for (const file of firstScreen) files[file] = await gzippedKb(`${dist}/${file}`)
  const lazy: Record<string, number> = {}
  for (const name of await readdir(`${dist}/assets`)) {
    const file = `assets/${name}`
    if (name.endsWith('.js') && !(file in files)) lazy[file] = await gzippedKb(`${dist}/${file}`)
  }
  return { firstScreenKb: Object.values(files).reduce((sum, kb) => sum + kb, 0), files, lazy }
}

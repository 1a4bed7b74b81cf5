import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

/** A module that imports `specifier` and uses what it imports, as a file of `filePath` would. */
const importing = (specifier: string) => `import { used } from '${specifier}'\nexport const again = [used]\n`

describe('lint keeps the layers apart (README "Architecture")', () => {
  it.each([
    // layer file, import it must not make
    ['src/kernel/timeline/sample.ts', '../../domains/order'],
    ['src/kernel/timeline/sample.ts', '../../playground/createPlayground'],
    ['src/kernel/timeline/sample.ts', '../../react/PlaygroundProvider'],
    ['src/kernel/timeline/sample.ts', '../../ui/App'],
    ['src/kernel/timeline/sample.ts', '../../uikit/OnScreen'],
    ['src/kernel/timeline/sample.ts', 'react'],
    ['src/kernel/timeline/sample.ts', 'zustand/vanilla'],
    ['src/domains/order/sample.ts', '../../playground/createPlayground'],
    ['src/domains/order/sample.ts', '../../ui/App'],
    ['src/domains/order/sample.ts', '../../react/PlaygroundProvider'],
    ['src/domains/order/sample.ts', 'react'],
    ['src/domains/order/sample.ts', 'dexie'],
    ['src/domains/order/sample.ts', '@xyflow/react'],
    ['src/domains/order/sample.ts', 'recharts'],
    ['src/domains/order/views/Sample.tsx', '../../../playground/createPlayground'],
    ['src/domains/order/views/Sample.tsx', '../../../ui/App'],
    ['src/playground/sample.ts', '../domains/order'],
    ['src/playground/sample.ts', '../react/PlaygroundProvider'],
    ['src/playground/sample.ts', '../ui/App'],
    ['src/playground/sample.ts', 'react'],
    ['src/react/sample.ts', '../domains/order'],
    ['src/react/sample.ts', '../ui/App'],
    ['src/react/sample.ts', '../uikit/OnScreen'],
    ['src/uikit/sample.ts', '../domains/order'],
    ['src/uikit/sample.ts', '../playground/createPlayground'],
    ['src/uikit/sample.ts', '../react/PlaygroundProvider'],
    ['src/ui/panels/sample.ts', '../../domains/order'],
    ['src/ui/panels/sample.ts', '../../domains/order/module'],
    ['src/ui/panels/sample.ts', '../../playground/createPlayground'],
    ['server/store/sample.ts', '../../src/domains/order'],
    ['server/store/sample.ts', '../../src/playground/createPlayground'],
    ['server/store/sample.ts', '../../src/ui/App'],
    ['server/store/sample.ts', 'react'],
  ])('refuses, in %s, an import of %s', async (filePath, specifier) => {
    const ids = await ruleIdsFor(importing(specifier), filePath)
    // One message, or two when a folder shares its name with a library it also forbids (src/react, react).
    expect(ids.length).toBeGreaterThan(0)
    expect(new Set(ids)).toEqual(new Set(['no-restricted-imports']))
  })

  it.each([
    ['src/kernel/eventstore/sample.ts', 'dexie'],
    ['server/store/sample.ts', '../../src/kernel/eventstore'],
    ['src/domains/order/sample.ts', '../../kernel/decider'],
    ['src/domains/order/views/Sample.tsx', '../../../react/PlaygroundProvider'],
    ['src/domains/order/views/Sample.tsx', '../../../uikit/OnScreen'],
    ['src/domains/order/views/Sample.tsx', 'recharts'],
    ['src/playground/sample.ts', '../kernel/eventstore'],
    ['src/playground/sample.ts', 'zustand/vanilla'],
    ['src/react/sample.ts', '../playground/createPlayground'],
    ['src/react/sample.ts', 'react'],
    ['src/uikit/sample.ts', 'react'],
    ['src/ui/panels/sample.ts', '../../react/PlaygroundProvider'],
    ['src/ui/panels/sample.ts', '../../uikit/OnScreen'],
    ['src/ui/panels/sample.ts', '../../kernel/money'],
    ['src/main.tsx', './domains'],
  ])('allows, in %s, an import of %s', async (filePath, specifier) => {
    expect(await ruleIdsFor(importing(specifier), filePath)).not.toContain('no-restricted-imports')
  })

  it('refuses the clock and randomness in a domain, outside its views', async () => {
    const code = 'export const now = () => [Date.now(), new Date(), Math.random()]\n'
    expect(await ruleIdsFor(code, 'src/domains/order/sample.ts')).toEqual(
      expect.arrayContaining(['no-restricted-properties', 'no-restricted-syntax']),
    )
    expect(await ruleIdsFor(code, 'src/domains/order/views/sample.ts')).toEqual([])
  })

  it('refuses zod itself outside src/kernel/zod.ts, which configures it for the Content-Security-Policy', async () => {
    const code = "import { z } from 'zod'\nexport const used = [z]\n"
    expect(await ruleIdsFor(code, 'src/kernel/logfile/importSchemas.ts')).toEqual(['no-restricted-imports'])
    expect(await ruleIdsFor(code, 'src/ui/panels/sample.ts')).toEqual(['no-restricted-imports'])
    expect(await ruleIdsFor(code, 'src/kernel/zod.ts')).toEqual([])
  })

  it('refuses an import cycle anywhere under src/', async () => {
    // no-cycle follows real files, so the two modules of the cycle are written for the check.
    const folder = await mkdtemp(join(process.cwd(), 'src', 'kernel', 'cycle-check-'))
    try {
      const first = join(folder, 'first.ts')
      await writeFile(first, "import { second } from './second'\nexport const first = () => second\n")
      await writeFile(join(folder, 'second.ts'), "import { first } from './first'\nexport const second = () => first\n")
      const [result] = await eslint.lintFiles([first])
      expect(result?.messages.map((message) => message.ruleId)).toContain('import-x/no-cycle')
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})

describe('the generic layers name no domain', () => {
  it('has no file outside src/domains (and the wiring in main.tsx) that names a domain folder', async () => {
    const { readdir, readFile } = await import('node:fs/promises')
    const offenders: string[] = []
    const walk = async (folder: string): Promise<void> => {
      for (const entry of await readdir(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name)
        if (entry.isDirectory()) await walk(path)
        else if (/\.tsx?$/.test(entry.name) && /from '[^']*domains\//.test(await readFile(path, 'utf8')))
          offenders.push(path)
      }
    }
    for (const layer of ['kernel', 'playground', 'react', 'uikit', 'ui']) await walk(join('src', layer))
    expect(offenders).toEqual([])
  })
})

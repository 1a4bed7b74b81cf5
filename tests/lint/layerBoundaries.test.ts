import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

describe('lint keeps the layers apart', () => {
  it.each([
    ["import { useState } from 'react'", 'useState'],
    ["import { create } from 'zustand'", 'create'],
    ["import Dexie from 'dexie'", 'Dexie'],
    ["import { ReactFlow } from '@xyflow/react'", 'ReactFlow'],
    ["import { LineChart } from 'recharts'", 'LineChart'],
    ["import { createDexieEventStore } from '../../eventstore'", 'createDexieEventStore'],
    ["import { App } from '../../ui/App'", 'App'],
  ])('refuses `%s` in src/domain', async (importLine, name) => {
    const ids = await ruleIdsFor(`${importLine}\nexport const used = [${name}]\n`, 'src/domain/order/sample.ts')
    expect(ids).toEqual(['no-restricted-imports'])
  })

  it('refuses the clock in src/domain', async () => {
    const ids = await ruleIdsFor('export const now = () => [Date.now(), new Date()]\n', 'src/domain/order/sample.ts')
    expect(ids).toEqual(expect.arrayContaining(['no-restricted-properties', 'no-restricted-syntax']))
  })

  it('allows the same import outside the domain', async () => {
    const ids = await ruleIdsFor("import Dexie from 'dexie'\nexport const used = [Dexie]\n", 'src/eventstore/sample.ts')
    expect(ids).not.toContain('no-restricted-imports')
  })

  it('refuses UI imports in src/eventstore', async () => {
    const ids = await ruleIdsFor(
      "import { App } from '../ui/App'\nexport const used = [App]\n",
      'src/eventstore/sample.ts',
    )
    expect(ids).toContain('no-restricted-imports')
  })

  it('refuses zod itself outside src/app/zod.ts, which configures it for the Content-Security-Policy', async () => {
    const code = "import { z } from 'zod'\nexport const used = [z]\n"
    expect(await ruleIdsFor(code, 'src/app/importSchemas.ts')).toEqual(['no-restricted-imports'])
    expect(await ruleIdsFor(code, 'src/app/zod.ts')).toEqual([])
  })
})

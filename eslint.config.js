import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'dexie', '@xyflow/*', 'recharts']

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // zod is taken from one module that configures it not to probe for eval (the page's CSP reports that).
    // Listed before the layer rules: for files they cover, theirs replaces this one.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/app/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "Import z from src/app/zod.ts, which sets zod's jitless mode." }] },
      ],
    },
  },
  {
    // The domain core stays pure: no UI, state or storage libraries, no other layers, no clock.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: uiLibraries,
              message: 'src/domain is pure TypeScript: no React, zustand, Dexie, xyflow or recharts.',
            },
            {
              group: ['**/app', '**/app/**', '**/ui', '**/ui/**', '**/eventstore', '**/eventstore/**'],
              message: 'src/domain must not depend on outer layers.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Domain code is pure: pass time in.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'Domain code is pure: pass time in.' },
      ],
    },
  },
  {
    files: ['src/eventstore/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'zustand', '@xyflow/*', 'recharts'],
              message: 'The event store has no UI.',
            },
            {
              group: ['**/app', '**/app/**', '**/ui', '**/ui/**'],
              message: 'src/eventstore must not depend on app/ or ui/.',
            },
          ],
        },
      ],
    },
  },
)

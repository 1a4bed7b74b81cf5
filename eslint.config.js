import js from '@eslint/js'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const reactLibraries = ['react', 'react-dom', 'react-dom/*', '@xyflow/*', 'recharts']
const uiLibraries = [...reactLibraries, 'zustand', 'zustand/*', 'dexie']
const zodRule = { name: 'zod', message: "Import z from src/kernel/zod.ts, which sets zod's jitless mode." }

/** A relative import that reaches one of the named folders of src/ (a bare 'react' is the library, not src/react). */
const layers = (names) => `^(\\.\\.?/)+(.*/)?(${names.join('|')})(/|$)`

/** One layer's import rule: the libraries and the layers it must not reach. */
function layerRule(files, { libraries = [], forbidden, message, ignores = [] }) {
  const patterns = [{ regex: layers(forbidden), message }]
  if (libraries.length > 0) patterns.push({ group: libraries, message: `${message} (no ${libraries.join(', ')})` })
  return {
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { paths: [zodRule], patterns }] },
  }
}

const pureCode = {
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'Domain code is pure: pass time in.' },
    { object: 'Math', property: 'random', message: 'Domain code is pure: pass randomness in.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'Domain code is pure: pass time in.',
    },
  ],
}

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
    // No import cycles anywhere in the app: each arrow of the data flow is one import direction.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // zod is taken from one module that configures it not to probe for eval (the page's CSP reports that).
    // Listed before the layer rules: for files they cover, theirs (which repeats it) replaces this one.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/kernel/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [zodRule] }] },
  },
  // The layers, inside out. See README "Architecture".
  layerRule(['src/kernel/**/*.ts'], {
    ignores: ['src/kernel/zod.ts'],
    libraries: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '@xyflow/*', 'recharts'],
    forbidden: ['domains', 'playground', 'react', 'uikit', 'ui'],
    message: 'src/kernel knows no domain and no UI: it imports only src/kernel.',
  }),
  layerRule(['src/domains/**/*.ts'], {
    ignores: ['src/domains/*/views/**', 'src/domains/index.ts', 'src/domains/views.ts'],
    libraries: uiLibraries,
    forbidden: ['playground', 'react', 'uikit', 'ui'],
    message: 'A domain imports src/kernel only (its views/ may import src/react and src/uikit).',
  }),
  { files: ['src/domains/**/*.ts'], ignores: ['src/domains/*/views/**'], rules: pureCode },
  layerRule(['src/domains/*/views/**/*.{ts,tsx}'], {
    forbidden: ['playground', 'ui'],
    message: 'A domain view imports src/kernel, src/react and src/uikit, never src/playground or src/ui.',
  }),
  layerRule(['src/playground/**/*.ts'], {
    libraries: reactLibraries,
    forbidden: ['domains', 'react', 'uikit', 'ui'],
    message: 'src/playground is framework-free app state over src/kernel: no domain, no React.',
  }),
  layerRule(['src/react/**/*.{ts,tsx}'], {
    forbidden: ['domains', 'ui', 'uikit'],
    message: 'src/react is the binding only: it never imports a domain, src/ui or src/uikit.',
  }),
  layerRule(['src/uikit/**/*.{ts,tsx}'], {
    forbidden: ['domains', 'playground', 'react', 'ui'],
    message: 'src/uikit holds domain-free widgets: no app state, no domain.',
  }),
  layerRule(['src/ui/**/*.{ts,tsx}'], {
    forbidden: ['domains', 'playground'],
    message: 'src/ui reaches the app through src/react and finds a domain through it, never by import.',
  }),
  layerRule(['server/**/*.ts'], {
    libraries: uiLibraries,
    forbidden: ['domains', 'playground', 'react', 'uikit', 'ui'],
    message: 'server/ imports src/kernel only: it keeps events, it knows no domain and no page.',
  }),
)

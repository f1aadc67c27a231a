import path from 'node:path'
import { fileURLToPath } from 'node:url'

import js from '@eslint/js'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const root = path.dirname(fileURLToPath(import.meta.url))

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      'data/**',
      'frontend/.next/**',
      'frontend/.next-dev-*/**',
      'frontend/.next-run-*/**',
      'frontend/src/gql/**',
      'src/plugins/*/portal/gql.ts',
      'frontend/next-env.d.ts',
      '.next-dev-*/**',
      'src/migrations/**',
      'src/payload-types.ts',
      'src/app/(payload)/admin/importMap.js',
      'next-env.d.ts',
      'test-results/**',
      // Deliberately broken (an import cycle): linted only by test/unit/boundaries.test.ts.
      'test/fixtures/boundaries/**',
      // Third-party code a module's tests run as published (see its README.md).
      'src/plugins/*/test/vendor/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Modules are packages built on the SDK package only: never on each other, never on the app. A relative
  // import stays inside the module's own folder; the SDK is imported by its package name and public
  // entries (@e-muni/sdk; @e-muni/sdk/admin for admin components; @e-muni/sdk/testing for tests;
  // @e-muni/sdk/portal, /portal/client and /portal/i18n for its portal part) — its
  // package.json `exports` make Node refuse any other entry too.
  ...[1, 2, 3].map((depth) => {
    const dir = Array.from({ length: depth - 1 }, () => '*').join('/')
    return {
      files: [`src/plugins/*/${dir ? `${dir}/` : ''}*.{ts,tsx}`],
      ignores: ['src/plugins/sdk/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: [
                  `${'../'.repeat(depth)}*`,
                  '@e-muni/*',
                  '!@e-muni/sdk',
                  '@e-muni/sdk/*',
                  '!@e-muni/sdk/admin',
                  '!@e-muni/sdk/testing',
                  '!@e-muni/sdk/portal',
                  '!@e-muni/sdk/portal/client',
                  '!@e-muni/sdk/portal/i18n',
                  '@e-muni/sdk/admin/*',
                  '@e-muni/sdk/testing/*',
                ],
                message:
                  'A module imports only @e-muni/sdk (its admin components also @e-muni/sdk/admin, its tests @e-muni/sdk/testing, its portal part @e-muni/sdk/portal), payload, libraries and its own files — never the app or another module.',
              },
            ],
          },
        ],
      },
    }
  }),
  // The SDK is the bottom layer: the app and the modules are built on it, it is built on payload and
  // libraries only. A relative import of an SDK file stays inside src/plugins/sdk.
  ...[1, 2, 3].map((depth) => ({
    files: [`src/plugins/sdk/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [`${'../'.repeat(depth)}*`],
              message:
                'The SDK is the bottom layer: it imports payload and libraries only — never the app (src/) or a module.',
            },
          ],
        },
      ],
    },
  })),
  // No import cycles anywhere in our code (core, modules, SDK, scripts, tests): a cycle makes load
  // order decide what a module sees at import time. `import type` is not a cycle (erased at build).
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
          tsconfig: { configFile: path.join(root, 'tsconfig.json') },
        }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['test/**/*.ts', 'src/plugins/sdk/testing/**/*.ts', 'src/plugins/*/test/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)

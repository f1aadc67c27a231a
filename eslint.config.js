import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      'data/**',
      'frontend/**',
      'src/migrations/**',
      'src/payload-types.ts',
      'src/app/(payload)/admin/importMap.js',
      'next-env.d.ts',
      'test-results/**',
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
  // Modules are built on the SDK only: never on each other, never on core internals. A relative
  // import may stay inside the module's own folder or reach `src/plugins/sdk`, nothing else.
  ...[1, 2, 3].map((depth) => {
    const up = '../'.repeat(depth)
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
                group: [`${up}*`, `!${up}sdk`, `!${up}sdk/**`],
                message:
                  'A module imports only ../sdk, payload and libraries — never core internals or another module.',
              },
            ],
          },
        ],
      },
    }
  }),
  {
    files: ['test/**/*.ts', 'src/plugins/sdk/testing/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)

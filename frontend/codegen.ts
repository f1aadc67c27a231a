/**
 * Typed GraphQL operations, generated from the CMS schema (`../schema.graphql`, written by
 * `npm run generate:schema` at the root): the portal's own operations (`src/graphql/*.graphql` →
 * `src/gql/graphql.ts`) and those of every workspace package with a portal part
 * (`src/plugins/<package>/portal/graphql/*.graphql` → `…/portal/gql.ts`: the SDK's portal kit and the
 * modules). `npm run codegen -w frontend`. Never hand-write a response type.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { CodegenConfig } from '@graphql-codegen/cli'

const output = {
  plugins: ['typescript-operations', 'typed-document-node'],
  config: {
    onlyOperationTypes: true,
    avoidOptionals: false,
    enumsAsTypes: true,
    scalars: { DateTime: 'string', JSON: 'unknown', EmailAddress: 'string' },
    useTypeImports: true,
  },
}

const plugins = path.resolve(import.meta.dirname, '../src/plugins')
const packages = fs
  .readdirSync(plugins)
  .filter((dir) => fs.existsSync(path.join(plugins, dir, 'portal/graphql')))
  .sort()

const config: CodegenConfig = {
  schema: '../schema.graphql',
  generates: {
    'src/gql/graphql.ts': { ...output, documents: ['src/graphql/**/*.graphql'] },
    ...Object.fromEntries(
      packages.map((dir) => [
        `../src/plugins/${dir}/portal/gql.ts`,
        { ...output, documents: [`../src/plugins/${dir}/portal/graphql/**/*.graphql`] },
      ]),
    ),
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
}

export default config

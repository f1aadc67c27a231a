/**
 * Typed GraphQL operations for the portal, generated from the CMS schema (`../schema.graphql`, written by
 * `npm run generate:schema` at the root) and the operations in `src/graphql/*.graphql`:
 * `npm run codegen -w frontend`. Never hand-write a response type.
 */
import type { CodegenConfig } from '@graphql-codegen/cli'

const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/graphql/**/*.graphql'],
  generates: {
    'src/gql/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        onlyOperationTypes: true,
        avoidOptionals: false,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown', EmailAddress: 'string' },
        useTypeImports: true,
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
}

export default config

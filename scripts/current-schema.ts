/**
 * The GraphQL schema the Payload config builds, printed as SDL. Deterministic: it does not depend on
 * the developer's environment (database kind, test-only modules), only on the code.
 */
import { configToSchema } from '@payloadcms/graphql'
import { printSchema } from 'graphql'

export async function currentSchemaSDL(): Promise<string> {
  // The contract is the SQL adapters' schema (SQLite and PostgreSQL agree; MongoDB would make IDs
  // strings), and the SDK's test module is never part of it.
  delete process.env.DATABASE_URI
  delete process.env.EMUNI_TEST_MODULES
  const { default: config } = await import('../payload.config')
  const { schema } = configToSchema(await config)
  return `${printSchema(schema)}\n`
}

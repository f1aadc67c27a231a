/**
 * `npm run check:schema`: the committed `schema.graphql` is the GraphQL contract with the portal and
 * third-party clients. Fails on a breaking change (listing each one) and on any other difference
 * (the file is out of date); passes, with one line, when the Payload config builds exactly that schema.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { currentSchemaSDL } from './current-schema'
import { compareSchemas, formatComparison, SCHEMA_FILE } from './schema-contract'

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', SCHEMA_FILE)
if (!fs.existsSync(file)) {
  process.stderr.write(`${SCHEMA_FILE} is missing: run \`npm run generate:schema\` and commit it.\n`)
  process.exit(1)
}
const result = await compareSchemas(fs.readFileSync(file, 'utf8'), await currentSchemaSDL())
const report = formatComparison(result)
if (result.status === 'identical') {
  process.stdout.write(`${report}\n`)
  process.exit(0)
}
process.stderr.write(`${report}\n`)
process.exit(1)

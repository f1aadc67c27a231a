/** `npm run generate:schema`: writes the GraphQL contract `schema.graphql` from the Payload config. */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { currentSchemaSDL } from './current-schema'
import { SCHEMA_FILE } from './schema-contract'

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', SCHEMA_FILE)
fs.writeFileSync(file, await currentSchemaSDL())
process.stdout.write(`Wrote ${SCHEMA_FILE}.\n`)
process.exit(0)

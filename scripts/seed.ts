/** `npm run seed`: seeds the demo into the configured database (idempotent). */
import { getPayload } from 'payload'

import config from '../payload.config'
import { migrateOnStart } from '../src/lib/migrate'
import { installedModules } from '../src/plugins/sdk/compose'
import { demoAccounts, formatAccounts, seed } from '../src/seed/index'

const payload = await getPayload({ config })
// In production, on a database the release step has not migrated yet: as a server's start would.
await migrateOnStart(payload)
await seed(payload)
process.stdout.write(`Seed complete.\n${formatAccounts(demoAccounts(installedModules(payload).slugs))}\n`)
await payload.destroy()
process.exit(0)

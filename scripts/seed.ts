/** `npm run seed`: seeds the demo into the configured database (idempotent). */
import { getPayload } from 'payload'

import config from '../payload.config'
import { installedModules } from '../src/plugins/sdk/compose'
import { demoAccounts, formatAccounts, seed } from '../src/seed/index'

const payload = await getPayload({ config })
await seed(payload)
process.stdout.write(`Seed complete.\n${formatAccounts(demoAccounts(installedModules(payload).slugs))}\n`)
await payload.destroy()
process.exit(0)

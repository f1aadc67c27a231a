/** `npm run seed`: seeds the demo into the configured database (idempotent). */
import { getPayload } from 'payload'

import config from '../payload.config'
import { formatAccounts, seed } from '../src/seed/index'

const payload = await getPayload({ config })
await seed(payload)
process.stdout.write(`Seed complete.\n${formatAccounts()}\n`)
await payload.destroy()
process.exit(0)

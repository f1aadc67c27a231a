/**
 * `npm run migrate`: applies the committed migrations to `DATABASE_URI` under the migration lock
 * (src/lib/migrate.ts), so that two of them — or one and a starting server — never both migrate.
 * The release step of a deployment (docs/deploy/worker.md); `EMUNI_ROLE=migrate npm start` does the
 * same from the production build.
 */
import { getPayload } from 'payload'

import { migrateUnderLock } from '../src/lib/migrate'

// As `payload migrate` does: development would otherwise push the schema while connecting.
process.env.PAYLOAD_MIGRATING = 'true'
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
try {
  await migrateUnderLock(payload)
  process.stdout.write('Migrations applied.\n')
} finally {
  await payload.destroy()
}
process.exit(0)

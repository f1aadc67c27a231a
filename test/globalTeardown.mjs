/**
 * Removes the run's seeded templates (see startServer in src/plugins/sdk/testing/server.ts): the
 * PostgreSQL template databases and the SQLite template folders. A template never outlives its run.
 */
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

export default async function globalTeardown() {
  const root = process.env.EMUNI_TEST_TEMPLATES
  // Only the run that made them (test/globalSetup.mjs) removes them.
  if (!root || process.env.EMUNI_TEST_TEMPLATES_OWNER !== String(process.pid) || !fs.existsSync(root)) return
  for (const file of fs.readdirSync(root).filter((f) => f.endsWith('.json'))) {
    const made = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'))
    if (made.kind === 'postgres') {
      const client = new pg.Client({
        connectionString: process.env.PG_TEST_URL || 'postgres://postgres@127.0.0.1:5433/postgres',
      })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${made.database} WITH (FORCE)`).catch(() => undefined)
      await client.end()
    }
    // The template server's folder: the SQLite file and the uploads.
    fs.rmSync(path.dirname(made.mediaDir), { recursive: true, force: true })
  }
  fs.rmSync(root, { recursive: true, force: true })
}

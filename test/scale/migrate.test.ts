/**
 * Migrations as a release step (docs/deploy/worker.md), on PostgreSQL: two `npm run migrate` on the
 * same empty database at once both succeed and apply each migration once (the migration lock); a web
 * process told not to migrate (`MIGRATE_ON_START=false`) creates no table on an empty database.
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { api } from '../../src/plugins/sdk/testing/api'
import { adminQuery, runSql } from '../../src/plugins/sdk/testing/databases'
import {
  PG_ADMIN_URL,
  ROOT,
  serverEnv,
  startServer,
  TEST_SECRET,
  usingPostgres,
} from '../../src/plugins/sdk/testing/server'

const committed = fs
  .readdirSync(path.join(ROOT, 'src/migrations/postgres'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort()

const run = (env: NodeJS.ProcessEnv) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn('npm', ['run', 'migrate'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c.toString()))
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    child.on('exit', (code) => resolve({ code, output }))
  })

const describePostgres = usingPostgres ? describe : describe.skip

describePostgres('migrations as a release step (PostgreSQL)', () => {
  const name = `emuni_test_${randomBytes(6).toString('hex')}`
  const url = new URL(PG_ADMIN_URL)
  url.pathname = `/${name}`
  const uri = url.toString()

  beforeAll(() => adminQuery(`CREATE DATABASE ${name}`))
  afterAll(() => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))

  it('two `npm run migrate` at once on an empty database: both succeed, each migration recorded once', async () => {
    const env = serverEnv({ DATABASE_URI: uri, PAYLOAD_SECRET: TEST_SECRET, JOBS_AUTORUN: 'false' })
    const [a, b] = await Promise.all([run(env), run(env)])
    expect({ code: a.code, output: a.code === 0 ? '' : a.output }).toEqual({ code: 0, output: '' })
    expect({ code: b.code, output: b.code === 0 ? '' : b.output }).toEqual({ code: 0, output: '' })
    const rows = await runSql(uri, 'SELECT name, batch FROM payload_migrations ORDER BY name', [])
    expect(rows.map((r) => r.name)).toEqual(committed)
    // One process applied them all, in one batch; the other found nothing left to do.
    expect(new Set(rows.map((r) => Number(r.batch)))).toEqual(new Set([1]))
    expect([a.output, b.output].filter((o) => o.includes('Migrating: ')).length).toBe(1)
  })

  it('a web process with MIGRATE_ON_START=false creates no table on an empty database', async () => {
    const server = await startServer({ seed: false, env: { EMUNI_ROLE: 'web', MIGRATE_ON_START: 'false' } })
    try {
      const tables = await server.sql(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
      )
      expect(tables).toEqual([])
      // It serves, and says it is not ready: there is nothing to read yet.
      expect((await api(server).get('/healthz')).body).toMatchObject({ status: 'ok', role: 'web', jobs: 'off' })
      expect((await api(server).get('/readyz')).status).toBe(503)
    } finally {
      await server.stop()
    }
  })
})

/**
 * The platform as a whole: probes, security headers, the public GraphQL, demo accounts, the seed's
 * idempotency, query limits, readiness when the database goes, graceful shutdown.
 */
import { spawn } from 'node:child_process'

import { account, api, demoAccounts, gql, login } from '../../src/plugins/sdk/testing/api'
import {
  ROOT,
  SERVER_ARGS,
  serverEnv,
  startServer,
  TEST_SECRET,
  type TestServer,
} from '../../src/plugins/sdk/testing/server'
import { deleteGuards } from '../security/registry'
import { demoModules } from '../fixtures/modules'

let server: TestServer

beforeAll(async () => {
  server = await startServer()
})
afterAll(async () => {
  await server?.stop()
})

describe('platform', () => {
  it('answers /healthz and /readyz with 200', async () => {
    const health = await api(server).get('/healthz')
    expect(health.status).toBe(200)
    expect(health.body.status).toBe('ok')
    const ready = await api(server).get('/readyz')
    expect(ready.status).toBe(200)
    expect(ready.body).toEqual({ status: 'ready' })
  })

  it('serves the admin login page with security headers', async () => {
    const res = await api(server).get('/admin/login')
    expect(res.status).toBe(200)
    expect(res.text).toContain('<html')
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'")
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['x-powered-by']).toBeUndefined()
  })

  it('lists both demo municipalities through anonymous GraphQL', async () => {
    const res = await gql(server, '{ Municipalities { docs { name slug modules } } }')
    expect(res.status).toBe(200)
    expect(res.errors).toBeUndefined()
    const docs = res.data!.Municipalities.docs as { name: string; slug: string; modules: string[] }[]
    expect(docs.map((d) => d.slug).sort()).toEqual(['nova-esperanca', 'villa-esperanza'])
    expect(docs.find((d) => d.slug === 'villa-esperanza')).toEqual({
      name: 'Villa Esperanza',
      slug: 'villa-esperanza',
      modules: demoModules(),
    })
  })

  it('lets every documented demo account log in, with the role it is documented with', async () => {
    const accounts = demoAccounts()
    expect(accounts.length).toBeGreaterThanOrEqual(5)
    for (const who of accounts) {
      const token = await login(server, who)
      const me = await api(server)
        .get(`/api/${who.collection}/me`)
        .set({ Authorization: `JWT ${token}` })
      expect(me.status).toBe(200)
      expect(me.body.user.email).toBe(who.email)
      if (who.collection === 'users') {
        if (who.role === 'platform-admin') expect(me.body.user.roles).toContain('platform-admin')
        else {
          const rows = me.body.user.tenants as { tenant: { slug: string } | number; roles: string[] }[]
          expect(rows).toHaveLength(1)
          expect(rows[0].roles).toEqual([who.role])
        }
      }
    }
  })

  it('seeds two municipalities with their own language, theme and content', async () => {
    const res = await api(server).get('/api/municipalities').query({ sort: 'slug' })
    const [nova, villa] = res.body.docs
    expect(villa.defaultLocale).toBe('es')
    expect(nova.defaultLocale).toBe('pt')
    expect(villa.theme.primaryColor).not.toBe(nova.theme.primaryColor)
    const pages = await api(server)
      .get('/api/pages')
      .query({ where: { tenant: { equals: nova.id } }, locale: 'pt' })
    expect(pages.body.docs.map((p: { title: string }) => p.title)).toContain('Bem-vindos a Nova Esperança do Vale')
    const images = await api(server)
      .get('/api/media')
      .query({ where: { tenant: { equals: villa.id } } })
    expect(images.body.docs.length).toBeGreaterThanOrEqual(1)
    expect(Object.keys(images.body.docs[0].sizes).sort()).toEqual(['card', 'hero', 'og', 'thumbnail'])
  })

  it('runs `npm run seed` again without creating duplicates', async () => {
    const admin = await login(server, account('platform-admin', null))
    const counts = async () => {
      const out: Record<string, number> = {}
      for (const c of [
        'municipalities',
        'users',
        'people',
        'pages',
        'news',
        'events',
        'documents',
        'media',
        'navigation',
      ]) {
        const res = await api(server)
          .get(`/api/${c}`)
          .query({ limit: 0, draft: 'true' })
          .set({ Authorization: `JWT ${admin}` })
        out[c] = res.body.totalDocs
      }
      return out
    }
    const before = await counts()
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', 'scripts/seed.ts'], {
        cwd: ROOT,
        env: serverEnv({
          PAYLOAD_SECRET: TEST_SECRET,
          DATABASE_URI: server.dbUri,
          MEDIA_DIR: server.mediaDir,
          JOBS_AUTORUN: 'false',
        }),
        stdio: 'ignore',
      })
      child.on('exit', resolve)
    })
    expect(code).toBe(0)
    expect(await counts()).toEqual(before)
    expect(before.municipalities).toBe(2)
  })

  it('refuses GraphQL queries nested beyond the depth limit with a clear message', async () => {
    const deep =
      '{ Pages { docs { tenant { logo { tenant { logo { tenant { logo { tenant { logo { id } } } } } } } } } } }'
    const res = await gql(server, deep)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(res.errors?.[0].message).toMatch(/nested \d+ levels deep; the limit is 10/)
  })

  it('refuses GraphQL introspection in production', async () => {
    const res = await gql(server, '{ __schema { types { name } } }')
    expect(res.data?.__schema).toBeUndefined()
    expect(res.errors?.[0].message).toMatch(/introspection/i)
  })

  it("checks a global's data like a document's: a bad date is refused with 400 and the global stays readable", async () => {
    const admin = await login(server, account('platform-admin', null))
    const rest = await api(server)
      .post('/api/globals/payload-jobs-stats')
      .set({ Authorization: `JWT ${admin}`, 'Accept-Language': 'en' })
      .send({ createdAt: '%' })
    expect(rest.status).toBe(400)
    expect(JSON.stringify(rest.body)).toContain('A valid date is expected')
    const graphql = await gql(
      server,
      'mutation { updatePayloadJobsStat(data: { createdAt: "%" }) { updatedAt } }',
      {},
      admin,
    )
    expect(graphql.errors?.[0]?.message).toContain('createdAt')
    expect(graphql.errors?.[0]?.extensions?.statusCode).toBe(400)
    const read = await api(server)
      .get('/api/globals/payload-jobs-stats')
      .set({ Authorization: `JWT ${admin}` })
    expect(read.status).toBe(200)
    expect(read.body.createdAt === undefined || !Number.isNaN(Date.parse(read.body.createdAt))).toBe(true)
  })

  it('answers malformed GraphQL with 400, not 500', async () => {
    const res = await api(server)
      .post('/api/graphql')
      .set('content-type', 'application/json')
      .send('{"query": "{ Pages { docs { id }"}')
    expect(res.status).toBe(400)
  })

  it('answers an address too long for a redirect to repeat with 414 and a message, not an unreadable 308', async () => {
    const long = `?fallback-locale=${'%20'.repeat(4000)}`
    for (const path of ['/api/news/', '/api/news', '/admin/']) {
      const res = await api(server).get(`${path}${long}`).set('Accept-Language', 'en')
      expect(res.status).toBe(414)
      expect(res.body.errors[0].message).toMatch(/^The address is too long \(\d+ bytes; at most 6144\)\.$/)
    }
    // Just under the limit it is served as before, and a redirect repeating it can still be read.
    expect((await api(server).get(`/api/news?fallback-locale=${'%20'.repeat(2000)}`)).status).toBe(200)
    const redirect = await api(server)
      .get(`/api/news/?fallback-locale=${'%20'.repeat(2000)}`)
      .redirects(0)
    expect(redirect.status).toBe(308)
    expect(redirect.headers.location).toContain('/api/news?fallback-locale=')
  })

  it('indexes the parent column of every table of translations and hasMany values', async () => {
    // Without it each document read scanned the whole table (src/dbIndexes.ts, BENCHMARKS.md).
    const postgres = server.dbUri.startsWith('postgres')
    const tables = (
      await server.sql(
        postgres
          ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'"
          : "SELECT name FROM sqlite_master WHERE type = 'table'",
      )
    )
      .map((r) => String(r.name))
      .filter((name) => /_(locales|texts|numbers)$/.test(name))
    // The core's localized collections have such tables; the installed modules' add theirs.
    expect(tables).toEqual(expect.arrayContaining(['pages_locales', 'news_locales']))
    const unindexed: string[] = []
    for (const table of tables) {
      const leading = postgres
        ? (await server.sql('SELECT indexdef FROM pg_indexes WHERE tablename = $1', [table])).map(
            (r) => /\("?([a-z_]+)"?/.exec(String(r.indexdef))?.[1],
          )
        : await Promise.all(
            (await server.sql(`PRAGMA index_list("${table}")`)).map(
              async (i) => (await server.sql(`PRAGMA index_info("${String(i.name)}")`))[0]?.name,
            ),
          )
      if (!leading.some((column) => column === '_parent_id' || column === 'parent_id')) unindexed.push(table)
    }
    expect(unindexed).toEqual([])
  })

  it('guards every required relationship the database would empty on delete (NOT NULL … ON DELETE SET NULL)', async () => {
    // Payload declares every relationship column ON DELETE SET NULL; on a NOT NULL column the delete of
    // the document it points to fails in the database (a 500) unless src/hooks/deleteGuard.ts refuses it.
    const postgres = server.dbUri.startsWith('postgres')
    const risky: { table: string; column: string; target: string }[] = []
    if (postgres) {
      const rows = await server.sql(`
        SELECT k.table_name AS "table", k.column_name AS "column", u.table_name AS target
        FROM information_schema.referential_constraints r
        JOIN information_schema.key_column_usage k ON k.constraint_name = r.constraint_name
        JOIN information_schema.constraint_column_usage u ON u.constraint_name = r.constraint_name
        JOIN information_schema.columns c ON c.table_name = k.table_name AND c.column_name = k.column_name
        WHERE r.delete_rule = 'SET NULL' AND c.is_nullable = 'NO' AND k.table_schema = 'public'`)
      risky.push(...rows.map((r) => ({ table: String(r.table), column: String(r.column), target: String(r.target) })))
    } else {
      const tables = await server.sql("SELECT name FROM sqlite_master WHERE type = 'table'")
      for (const { name } of tables) {
        const notNull = new Set(
          (await server.sql(`PRAGMA table_info("${String(name)}")`)).filter((c) => c.notnull).map((c) => c.name),
        )
        for (const fk of await server.sql(`PRAGMA foreign_key_list("${String(name)}")`))
          if (fk.on_delete === 'SET NULL' && notNull.has(fk.from))
            risky.push({ table: String(name), column: String(fk.from), target: String(fk.table) })
      }
    }
    // The core has such a column (a staff user's municipality row); the installed modules add theirs.
    expect(risky.map((r) => r.table)).toEqual(expect.arrayContaining(['users_tenants']))
    const snake = (s: string) => s.replace(/-/g, '_')
    const guards = deleteGuards()
    const unguarded = risky.filter(
      ({ table, column, target }) =>
        !Object.entries(guards).some(
          ([collection, refs]) =>
            snake(collection) === target &&
            refs.some((ref) => {
              const segments = ref.path.split('.')
              return (
                `${snake(segments[segments.length - 1])}_id` === column &&
                table.startsWith(snake(ref.collection)) &&
                (segments.length === 1 ? table === snake(ref.collection) : true)
              )
            }),
        ),
    )
    expect(unguarded).toEqual([])
  })

  it('deletes a municipality only once nothing of it is left (409 naming what is, nothing orphaned)', async () => {
    const platform = await login(server, account('platform-admin', null))
    const headers = { Authorization: `JWT ${platform}` }
    const made = await api(server).post('/api/municipalities').set(headers).send({
      name: 'Villa Borrable',
      slug: 'villa-borrable',
      country: 'UY',
      defaultLocale: 'es',
      timezone: 'America/Montevideo',
      currency: 'UYU',
    })
    expect(made.status).toBe(201)
    const id = made.body.doc.id
    const news = await api(server).post('/api/news').set(headers).send({ title: 'Única noticia', tenant: id })
    expect(news.status).toBe(201)
    const refused = await api(server).delete(`/api/municipalities/${id}`).set(headers)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/^No se puede eliminar: .*\(Noticias \(1\)\)/)
    const kept = await server.sql('SELECT tenant_id FROM news WHERE id = ' + Number(news.body.doc.id))
    expect(kept.map((r) => String(r.tenant_id))).toEqual([String(id)])
    expect((await api(server).delete(`/api/news/${news.body.doc.id}`).set(headers)).status).toBe(200)
    expect((await api(server).delete(`/api/municipalities/${id}`).set(headers)).status).toBe(200)
    expect((await api(server).get(`/api/municipalities/${id}`).set(headers)).status).toBe(404)
  })

  it('has planner statistics (gathered at start on SQLite; by autovacuum on PostgreSQL)', async () => {
    if (server.dbUri.startsWith('postgres')) {
      expect((await server.sql('SHOW autovacuum'))[0]).toEqual({ autovacuum: 'on' })
      return
    }
    const stats = await server.sql('SELECT tbl, idx FROM sqlite_stat1')
    expect(stats.map((r) => r.idx)).toEqual(expect.arrayContaining(['news_tenant_idx']))
  })

  it('answers /readyz with 503 once the database is gone', async () => {
    await server.removeDatabase()
    const res = await api(server).get('/readyz')
    expect(res.status).toBe(503)
    expect(res.body.status).toBe('unavailable')
    expect(res.body.reason).toBe('The database is not reachable.')
    // The log line reaches this process through a pipe: give it a moment under load.
    const deadline = Date.now() + 10_000
    while (!server.logs.join('').includes('"msg":"not ready"') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100))
    expect(server.logs.join('')).toContain('"msg":"not ready"')
    const health = await api(server).get('/healthz')
    expect(health.status).toBe(200)
  })

  it('shuts down cleanly on SIGTERM', async () => {
    const code = await server.stop()
    expect(code).toBe(0)
    expect(server.logs.join('')).toContain('shut down cleanly')
  })
})

describe('production start', () => {
  const startWith = (env: Record<string, string | undefined>) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, SERVER_ARGS, {
        cwd: ROOT,
        env: serverEnv({ PORT: '0', HOST: '127.0.0.1', ...env }),
        stdio: ['ignore', 'ignore', 'pipe'],
      })
      let stderr = ''
      child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
      child.on('exit', (code) => resolve({ code, stderr }))
    })

  it('refuses to start without PAYLOAD_SECRET, with a clear message and a non-zero exit', async () => {
    const { code, stderr } = await startWith({ PAYLOAD_SECRET: undefined })
    expect(code).not.toBe(0)
    expect(stderr).toContain('refusing to start in production: PAYLOAD_SECRET is not set.')
  })

  it('refuses a weak PAYLOAD_SECRET', async () => {
    const { code, stderr } = await startWith({ PAYLOAD_SECRET: 'secret' })
    expect(code).not.toBe(0)
    expect(stderr).toContain('shorter than 32 characters')
  })
})

/**
 * No request waits forever for a pooled PostgreSQL connection (src/lib/transactionSlots.ts). A server with the
 * smallest pool (DATABASE_POOL_MAX=3, one write's transaction at a time): ten editors saving one page at once and
 * ten saving ten pages at once — each save's transaction, and Payload's read beside it (whether the document is
 * locked in the admin), which with a pool the writes had filled waited forever (seen in CI with the default
 * pool of ten and ten moves of one request) — all answer, and each save is kept. Afterwards no connection of the
 * server's pool sits checked out without ever having run a query (Payload's adapter kept one from its first connect).
 */
import { account, api, auth, login } from '../../src/plugins/sdk/testing/api'
import { startServer, type TestServer, usingPostgres } from '../../src/plugins/sdk/testing/server'

const describePostgres = usingPostgres ? describe : describe.skip

describePostgres('the PostgreSQL pool under concurrent writes', () => {
  let server: TestServer
  let editor: string
  let pages: { id: number }[] = []

  beforeAll(async () => {
    server = await startServer({ env: { DATABASE_POOL_MAX: '3' } })
    editor = await login(server, account('editor', 'villa-esperanza'))
    const res = await api(server).get('/api/pages').query({ limit: 10, depth: 0, draft: 'true' }).set(auth(editor))
    expect(res.status).toBe(200)
    pages = res.body.docs
    expect(pages.length).toBeGreaterThanOrEqual(2)
  }, 180_000)
  afterAll(async () => {
    await server?.stop()
  })

  /** A save as the admin sends it (REST PATCH by id), answered within 20 s or counted as hung. */
  const save = (id: number, title: string) =>
    api(server)
      .patch(`/api/pages/${id}`)
      .set(auth(editor))
      .send({ title })
      .timeout(20_000)
      .then(
        (res) => res.status,
        () => 'no answer in 20 s',
      )

  it('answers ten saves of one page at once, and keeps the last', async () => {
    const id = pages[0].id
    const statuses = await Promise.all(Array.from({ length: 10 }, (_, i) => save(id, `Inicio ${i}`)))
    expect(statuses).toEqual(Array(10).fill(200))
    const rows = await server.sql('SELECT title FROM pages_locales WHERE _parent_id = $1', [id])
    expect(rows.map((r) => r.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^Inicio \d$/)]))
  }, 120_000)

  it('answers ten saves of different pages at once, each kept', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => pages[i % pages.length].id)
    const statuses = await Promise.all(ids.map((id, i) => save(id, `Página ${i}`)))
    expect(statuses).toEqual(Array(10).fill(200))
    const rows = await server.sql("SELECT count(*)::int AS n FROM pages_locales WHERE title LIKE 'Página %'")
    expect(rows[0].n).toBe(new Set(ids).size)
  }, 120_000)

  it('leaves no pooled connection checked out that never ran a query', async () => {
    const database = new URL(server.dbUri).pathname.slice(1)
    const rows = await server.sql(
      `SELECT state, query FROM pg_stat_activity WHERE datname = $1 AND application_name <> 'e-muni lock'`,
      [database],
    )
    // This test's own connection (server.sql) is one of them; the server's pool holds at most 3.
    expect(rows.length).toBeLessThanOrEqual(4)
    expect(rows.filter((r) => r.query === '')).toEqual([])
  })
})

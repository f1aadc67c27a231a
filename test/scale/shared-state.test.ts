/**
 * Shared state on Redis (docs/deploy/shared-state.md): two CMS processes of one installation (a seeded server A
 * and its sibling B, same database) and one real Redis. A write through either process is never followed by a
 * stale read from the other's public-read cache; a login limit counts attempts made through both; a
 * municipality's new domain is allowed by the other process's CORS; Redis killed under load costs no 5xx,
 * writes still succeed, and what changed while it was gone is not served from the caches once it is back.
 */
import { account, api, auth, login, municipalityId } from '../../src/plugins/sdk/testing/api'
import { startRedis, type TestRedis } from '../../src/plugins/sdk/testing/redis'
import { startServer, startSibling, usingPostgres, type TestServer } from '../../src/plugins/sdk/testing/server'

const LOGIN_LIMIT = 4
let redis: TestRedis
let a: TestServer
let b: TestServer & { kill: () => Promise<number | null> }
let platform: string
let villa: number | string
/** A published news item, changed through the API; a published page, changed by SQL. */
let newsId: number | string
let pageId: number | string

beforeAll(async () => {
  redis = await startRedis()
  a = await startServer({
    env: {
      REDIS_URL: redis.url,
      PUBLIC_CACHE: 'on',
      LOGIN_RATE_LIMIT: String(LOGIN_LIMIT),
      // Long enough that only the processes' messages can explain a domain seen at once.
      CORS_ORIGINS_TTL_MS: '600000',
      PORTAL_REVALIDATE: 'false',
    },
  })
  b = await startSibling(a)
  platform = await login(a, account('platform-admin', null))
  villa = await municipalityId(a, 'villa-esperanza')
  const first = async (collection: string) => {
    const res = await api(a)
      .get(`/api/${collection}`)
      .query({ where: { _status: { equals: 'published' } }, limit: 1, depth: 0 })
    expect(res.status).toBe(200)
    expect(res.body.docs.length).toBe(1)
    return res.body.docs[0].id as number | string
  }
  newsId = await first('news')
  pageId = await first('pages')
}, 240_000)

afterAll(async () => {
  await b?.stop()
  await a?.stop()
  await redis?.stop()
})

const read = async (server: TestServer, path = `news/${newsId}`) => {
  const res = await api(server).get(`/api/${path}`).query({ locale: 'es', depth: 0 })
  expect(res.status).toBe(200)
  return { title: res.body.title as string, cache: res.headers['x-cache'] as string | undefined }
}
const rename = async (server: TestServer, title: string) => {
  const res = await api(server)
    .patch(`/api/news/${newsId}`)
    .query({ locale: 'es' })
    .set(auth(platform))
    .send({ title, _status: 'published' })
  expect(res.status).toBe(200)
  expect(res.body.doc.title).toBe(title)
}
/** The same item through GraphQL (a body answered from the cache before it is parsed again). */
const readGraphql = async (server: TestServer) => {
  const res = await api(server)
    .post('/api/graphql')
    .send({ query: 'query ($id: Int!) { News(id: $id, locale: es) { title } }', variables: { id: Number(newsId) } })
  expect(res.status).toBe(200)
  expect(res.body.errors).toBeUndefined()
  return { title: res.body.data.News.title as string, cache: res.headers['x-cache'] as string | undefined }
}

/**
 * The GraphQL read until the process answers it from its cache (at most three reads): with Redis, a miss is
 * kept once Redis has confirmed no write happened meanwhile, which may come after the answer has gone.
 */
const cachedGraphql = async (server: TestServer) => {
  for (let i = 0; i < 3; i++) {
    const r = await readGraphql(server)
    if (r.cache === 'HIT') return r
  }
  return readGraphql(server)
}

/** Reads until the process answers from its cache (at most three reads). */
const cached = async (server: TestServer, path?: string) => {
  for (let i = 0; i < 3; i++) {
    const r = await read(server, path)
    if (r.cache === 'HIT') return r
  }
  return read(server, path)
}

describe('shared state on Redis across two CMS processes', () => {
  it('a write through one process is seen by the next read from the other, which had it cached (200 rounds)', async () => {
    let stale = 0
    let hitBefore = 0
    for (let i = 0; i < 200; i++) {
      const [writer, reader] = i % 2 ? [a, b] : [b, a]
      if ((await cached(reader)).cache === 'HIT') hitBefore++
      const title = `Publicación ${i}`
      await rename(writer, title)
      if ((await read(reader)).title !== title) stale++
    }
    expect({ hitBefore, stale }).toEqual({ hitBefore: 200, stale: 0 })
  }, 180_000)

  it('a process without a cache of its own (as a worker may run) still expires the others’ entries when it writes', async () => {
    const c = await startSibling(a, { PUBLIC_CACHE: 'off' })
    try {
      let stale = 0
      for (let i = 0; i < 10; i++) {
        for (const server of [a, b]) {
          expect((await cached(server)).cache).toBe('HIT')
          expect((await cachedGraphql(server)).cache).toBe('HIT')
        }
        const title = `Desde otro proceso ${i}`
        await rename(c, title)
        for (const server of [a, b]) {
          if ((await read(server)).title !== title) stale++
          if ((await readGraphql(server)).title !== title) stale++
        }
      }
      expect(stale).toBe(0)
    } finally {
      await c.stop()
    }
  }, 60_000)

  it('a login limit holds across both processes together', async () => {
    const attempt = (server: TestServer) =>
      api(server).post('/api/users/login').send({ email: 'nobody@scale.example', password: 'wrong-password' })
    for (let i = 0; i < LOGIN_LIMIT; i++) {
      const res = await attempt(i % 2 ? a : b)
      expect(res.status).toBeLessThan(429)
      expect(res.status).toBeGreaterThanOrEqual(400)
    }
    expect((await attempt(a)).status).toBe(429)
    const refused = await attempt(b)
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/\S/)
  })

  it('a domain added to a municipality through one process is allowed by the other’s CORS within 1 s', async () => {
    const origin = 'https://scale-test.example'
    const preflight = () =>
      api(b).options('/api/users/me').set({ Origin: origin, 'Access-Control-Request-Method': 'GET' })
    // B has read the municipalities' domains: only a message can tell it of the new one before the TTL.
    expect((await preflight()).headers['access-control-allow-origin']).toBeUndefined()
    const current = await api(a).get(`/api/municipalities/${villa}`).query({ depth: 0 }).set(auth(platform))
    expect(current.status).toBe(200)
    const domains = [...(current.body.domains ?? []).map((d: { domain: string }) => ({ domain: d.domain }))]
    const changed = await api(a)
      .patch(`/api/municipalities/${villa}`)
      .set(auth(platform))
      .send({ domains: [...domains, { domain: 'scale-test.example' }] })
    expect(changed.status).toBe(200)
    const written = Date.now()
    let allowed: string | undefined
    while (!allowed && Date.now() - written < 1000) {
      allowed = (await preflight()).headers['access-control-allow-origin']
      if (!allowed) await new Promise((r) => setTimeout(r, 20))
    }
    expect(allowed).toBe(origin)
  })

  it('Redis killed under load: no 5xx, writes succeed, nothing changed meanwhile is served from a cache after', async () => {
    // Both cached on both processes before the outage. No write moved the page's counters in this Redis: after
    // a restart they read the same (0), so only emptying the caches (or the counters' epoch) keeps it from being
    // served as it was.
    const page = `pages/${pageId}`
    for (const server of [a, b])
      for (const path of [undefined, page]) expect((await cached(server, path)).cache).toBe('HIT')
    const before = (await read(a, page)).title

    const statuses = new Map<number, number>()
    const until = Date.now() + 3000
    const urls = [
      `/api/news/${newsId}?locale=es&depth=0`,
      `/api/${page}?locale=es&depth=0`,
      `/api/news?where[tenant][equals]=${villa}&limit=5&locale=es`,
      '/api/municipalities?limit=5&depth=0',
    ]
    const loop = async (server: TestServer, n: number) => {
      for (let i = n; Date.now() < until; i++) {
        const res = await fetch(server.url + urls[i % urls.length])
        await res.arrayBuffer()
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
      }
    }
    const load = Promise.all(Array.from({ length: 20 }, (_, n) => loop(n % 2 ? a : b, n)))
    await new Promise((r) => setTimeout(r, 800))
    await redis.kill()
    // Writes while Redis is gone: through both processes, and one behind their backs (SQL).
    await rename(a, 'Durante el corte A')
    await rename(b, 'Durante el corte B')
    // (every language of it: the page may have no Spanish, and is then read in its municipality's language)
    await a.sql(
      `UPDATE pages_locales SET title = ${usingPostgres ? '$1' : '?'} WHERE _parent_id = ${usingPostgres ? '$2' : '?'}`,
      ['Cambiada por SQL', pageId],
    )
    // The login limit, its Redis gone, still holds in each process (counted in its memory): no 5xx, no lock-out.
    const logins: number[] = []
    for (let i = 0; i <= LOGIN_LIMIT; i++)
      logins.push(
        (await api(a).post('/api/users/login').send({ email: 'outage@scale.example', password: 'wrong-password' }))
          .status,
      )
    expect(logins).toEqual([...Array(LOGIN_LIMIT).fill(401), 429])
    await login(b, account('platform-admin', null))
    await load
    const total = [...statuses.values()].reduce((x, y) => x + y, 0)
    const failed = [...statuses].filter(([status]) => status >= 500).reduce((x, [, n]) => x + n, 0)
    expect(total).toBeGreaterThan(40)
    expect({ failed, ok: statuses.get(200) ?? 0 }).toEqual({ failed: 0, ok: total })

    await redis.restart()
    // Each process back on Redis: its reads are cached again (MISS, then HIT) rather than bypassed.
    for (const server of [a, b]) {
      let state: string | undefined
      for (const started = Date.now(); Date.now() - started < 5000;) {
        state = (await read(server, `news/${newsId}`)).cache
        if (state === 'HIT') break
        await new Promise((r) => setTimeout(r, 50))
      }
      expect(state).toBe('HIT')
    }
    for (const server of [a, b]) {
      expect((await read(server)).title).toBe('Durante el corte B')
      expect((await read(server, page)).title).toBe('Cambiada por SQL')
    }
    expect(before).not.toBe('Cambiada por SQL')
    // And a write after the return is seen by both at once.
    await rename(b, 'Después del corte')
    for (const server of [a, b]) expect((await read(server)).title).toBe('Después del corte')
  }, 60_000)
})

/**
 * Two portal instances behind one (imaginary) load balancer share their cache on Redis (issue 24, part 4): the same
 * production build on two ports with one REDIS_URL, one CMS whose revalidation calls reach instance 1 only
 * (`PORTAL_REVALIDATE_URL`). A change made in the CMS is seen on instance 2's next read although instance 2 had the
 * page cached and never heard of the change; entries are kept per build; and when Redis goes away both instances
 * keep answering (rendered uncached), then share their cache again when it is back.
 */
import fs from 'node:fs'
import path from 'node:path'

import Redis from 'ioredis'

import { account, api, auth, login } from '../../src/plugins/sdk/testing/api'
import { FRONTEND, portalCmsEnv, startPortal, type PortalInstance } from '../../src/plugins/sdk/testing/portal'
import { startRedis, type TestRedis } from '../../src/plugins/sdk/testing/redis'
import { freePort, startServer, type TestServer } from '../../src/plugins/sdk/testing/server'

const VILLA = '/m/villa-esperanza/es'

let redis: TestRedis
let cms: TestServer
let one: PortalInstance
let two: PortalInstance
let admin: string
let news: { id: number | string; slug: string; title: string }

beforeAll(async () => {
  redis = await startRedis()
  const port = await freePort()
  const first = `http://127.0.0.1:${port}`
  cms = await startServer({
    env: { ...portalCmsEnv(first), PORTAL_REVALIDATE_URL: `${first}/api/revalidate` },
  })
  one = await startPortal({ cms, port, env: { REDIS_URL: redis.url } })
  two = await startPortal({ cms, env: { REDIS_URL: redis.url } })
  admin = await login(cms, account('platform-admin', null))
  const list = await api(cms).get('/api/news?where[slug][equals]=nueva-plaza-barrio-norte&locale=es').set(auth(admin))
  expect(list.status).toBe(200)
  news = list.body.docs[0]
}, 600_000)

afterAll(async () => {
  await one?.stop()
  await two?.stop()
  await cms?.stop()
  await redis?.stop()
})

const read = async (portal: PortalInstance, path: string) => {
  const res = await fetch(`${portal.url}${path}`)
  return { status: res.status, cache: res.headers.get('x-nextjs-cache'), body: await res.text() }
}
/** The news item's page: its status and the title it shows (its <h1>). */
const readNews = async (portal: PortalInstance) => {
  const { status, body } = await read(portal, newsPath())
  return { status, title: /<h1[^>]*>([^<]*)<\/h1>/.exec(body)?.[1] }
}
/** The municipality's home: its status, whether it came from the full-route cache, the news item's card title. */
const readHome = async (portal: PortalInstance) => {
  const { status, cache, body } = await read(portal, VILLA)
  return { status, cache, title: new RegExp(`<a href="${newsPath()}">([^<]*)</a>`).exec(body)?.[1] }
}

/**
 * Reads the home on `portal` until it comes from the cache: Next writes an entry after it answered, and an instance
 * reconnects to Redis within seconds.
 */
const cachedHome = async (portal: PortalInstance) => {
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const home = await readHome(portal)
    if (home.cache === 'HIT') return home
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${portal.url} did not serve the home from the cache`)
}
const newsPath = () => `${VILLA}/news/${news.slug}`

/** A platform admin renames the news item through the CMS's API; the CMS tells instance 1 only. */
const rename = async (title: string) => {
  const res = await api(cms).patch(`/api/news/${news.id}?locale=es`).set(auth(admin)).send({ title })
  expect(res.status).toBe(200)
  news = { ...news, title }
}

describe('two portal instances, one cache on Redis', () => {
  it('a change whose revalidation reaches instance 1 only is seen on instance 2 next read (three times)', async () => {
    for (let round = 1; round <= 3; round++) {
      // Both instances have the pages cached: the old title, the home served from the full-route cache.
      for (const portal of [one, two]) {
        expect(await readNews(portal)).toEqual({ status: 200, title: news.title })
        expect(await cachedHome(portal)).toEqual({ status: 200, cache: 'HIT', title: news.title })
      }
      const title = `Plaza renovada, ronda ${round} ${Date.now()}`
      await rename(title)
      // The CMS tells instance 1 again a second later (src/hooks/revalidatePortal.ts: its hook runs before the
      // commit). Past that second: a repeat arriving after instance 2's fresh render was stored would make it stale
      // again, and instance 1's first read below a miss (seen in CI on a loaded machine).
      await new Promise((r) => setTimeout(r, 2_000))
      // Instance 2 never received the revalidation: its next read shows the change all the same.
      expect(await readNews(two)).toEqual({ status: 200, title })
      expect(await readHome(two)).toMatchObject({ status: 200, title })
      // Instance 1 renders nothing again: once instance 2's fresh render is in Redis (instance 2 keeps nothing in its
      // own memory), instance 1's first read of the home is a hit, with the new title.
      await cachedHome(two)
      expect(await readHome(one)).toEqual({ status: 200, cache: 'HIT', title })
      expect(await readNews(one)).toEqual({ status: 200, title })
    }
    // A client-side navigation reads the same entry's RSC payload (bytes, kept base64 in Redis), on either instance.
    for (const portal of [one, two]) {
      const rsc = await fetch(`${portal.url}${VILLA}`, { headers: { RSC: '1' } })
      expect([rsc.status, rsc.headers.get('content-type'), rsc.headers.get('x-nextjs-cache')]).toEqual([
        200,
        'text/x-component',
        'HIT',
      ])
      expect(await rsc.text()).toContain(news.title)
    }
  })

  it('keeps the entries under the build they belong to, and the revalidated tags beside them', async () => {
    const buildId = fs.readFileSync(path.join(FRONTEND, '.next', 'BUILD_ID'), 'utf8').trim()
    const client = new Redis(redis.url)
    try {
      const keys = await client.keys('emuni:portal:*')
      expect(keys.length).toBeGreaterThan(2)
      const entries = keys.filter((k) => k !== 'emuni:portal:tags')
      expect(entries.every((k) => k.startsWith(`emuni:portal:entry:${buildId}:`))).toBe(true)
      // Entries expire: none is kept for ever.
      for (const key of entries.slice(0, 5)) expect(await client.ttl(key)).toBeGreaterThan(0)
      expect(Number(await client.hget('emuni:portal:tags', 'm:villa-esperanza'))).toBeGreaterThan(Date.now() - 600_000)
    } finally {
      client.disconnect()
    }
  })

  it('never mixes two deployments’ entries (PORTAL_DEPLOYMENT_ID), and gives back bytes and maps as they were', async () => {
    // The handler itself, in this process (as each portal instance runs it), on the same Redis.
    const saved = { REDIS_URL: process.env.REDIS_URL, PORTAL_DEPLOYMENT_ID: process.env.PORTAL_DEPLOYMENT_ID }
    process.env.REDIS_URL = redis.url
    const { default: Handler, closeSharedCache } = await import('../../frontend/cache-handler.mjs')
    const as = (deployment: string) => {
      process.env.PORTAL_DEPLOYMENT_ID = deployment
      return new Handler({ serverDistDir: path.join(FRONTEND, '.next', 'server') })
    }
    const key = '/route-cache/APP_PAGE/test/$/m/x/es'
    const value = {
      kind: 'APP_PAGE',
      html: '<h1>Versión 1</h1>',
      rscData: Buffer.from([0, 1, 2, 255]),
      segmentData: new Map([['/_tree', Buffer.from('árbol')]]),
      headers: { 'x-next-cache-tags': 'm:x' },
      status: 200,
    }
    try {
      const first = as('release-1')
      const deadline = Date.now() + 10_000
      let entry = null
      while (!entry && Date.now() < deadline) {
        await first.set(key, value, { cacheControl: { revalidate: 60, expire: 600 } })
        entry = await first.get(key, { kind: 'APP_PAGE' })
        if (!entry) await new Promise((r) => setTimeout(r, 100))
      }
      expect(entry?.value).toEqual(value)
      expect(Buffer.isBuffer(entry?.value.rscData) && entry?.value.segmentData instanceof Map).toBe(true)
      // Another build on the same Redis: a miss, and its own entry leaves the first one alone.
      const second = as('release-2')
      expect(await second.get(key, { kind: 'APP_PAGE' })).toBeNull()
      await second.set(key, { ...value, html: '<h1>Versión 2</h1>' }, {})
      expect((await as('release-1').get(key, { kind: 'APP_PAGE' }))?.value.html).toBe('<h1>Versión 1</h1>')
      expect((await as('release-2').get(key, { kind: 'APP_PAGE' }))?.value.html).toBe('<h1>Versión 2</h1>')
      // A revalidation concerns every build (a few ms later than the entries: times are in ms).
      await new Promise((r) => setTimeout(r, 5))
      await second.revalidateTag(['m:x'])
      expect(await as('release-1').get(key, { kind: 'APP_PAGE' })).toBeNull()
    } finally {
      closeSharedCache()
      Object.assign(process.env, saved)
      for (const [name, v] of Object.entries(saved)) if (v === undefined) delete process.env[name]
    }
  })

  it('serves every page while Redis is away (uncached), and shares the cache again once it is back', async () => {
    await redis.kill()
    for (const portal of [one, two]) {
      expect(await readNews(portal)).toEqual({ status: 200, title: news.title })
      // Rendered for each read: nothing is cached while Redis is away.
      await readHome(portal)
      expect(await readHome(portal)).toEqual({ status: 200, cache: 'MISS', title: news.title })
    }
    // A change while Redis is away: each instance renders afresh, so both show it.
    const during = `Plaza sin caché ${Date.now()}`
    const changedAt = Date.now()
    await rename(during)
    for (const portal of [one, two]) {
      expect(await readNews(portal)).toEqual({ status: 200, title: during })
      expect(await readHome(portal)).toMatchObject({ status: 200, title: during })
    }

    await redis.restart()
    // The instances reconnect by themselves: the home is cached again, on both.
    expect((await cachedHome(one)).title).toBe(during)
    expect((await cachedHome(two)).title).toBe(during)
    // The revalidation instance 1 received while Redis was away was written once it answered (the restarted Redis
    // was empty): entries a Redis kept through a network cut could not outlive that change.
    const client = new Redis(redis.url)
    try {
      expect(Number(await client.hget('emuni:portal:tags', 'm:villa-esperanza'))).toBeGreaterThanOrEqual(changedAt)
    } finally {
      client.disconnect()
    }
    // And a revalidation reaching instance 1 reaches instance 2 again.
    const after = `Plaza con caché otra vez ${Date.now()}`
    await rename(after)
    expect(await readHome(two)).toMatchObject({ status: 200, title: after })
    expect(await readNews(two)).toEqual({ status: 200, title: after })
  })
})

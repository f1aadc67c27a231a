/**
 * The public-read cache (src/lib/publicCache.ts) on a real server: anonymous reads are answered from
 * memory, every write that could change them is seen at once (0 stale reads after a publish returns,
 * also under concurrent reads), a municipality's writes leave the other's entries alone, and nothing
 * read for a signed-in person, no draft and no mutation is ever served from it.
 */
import { account, api, auth, login, municipalityId } from '../../src/plugins/sdk/testing/api'
import { startServer, type TestServer } from '../../src/plugins/sdk/testing/server'
import { INSTALLED_MODULES } from '../../src/modules'

let server: TestServer
let editor: string
let platform: string
let villa: number | string
let nova: number | string

beforeAll(async () => {
  server = await startServer({ env: { PUBLIC_CACHE: 'on' } })
  editor = await login(server, account('editor', 'villa-esperanza'))
  platform = await login(server, account('platform-admin', null))
  villa = await municipalityId(server, 'villa-esperanza')
  nova = await municipalityId(server, 'nova-esperanca')
})
afterAll(async () => {
  await server?.stop()
})

const HOME = `query Home($municipality: JSON!, $locale: LocaleInputType) {
  allNews(where: { tenant: { equals: $municipality } }, sort: "-publishedAt", limit: 50, locale: $locale) {
    docs { id title slug image { url } }
  }
}`
type News = { id: number | string; title: string }
const home = async (municipality: number | string, token?: string) => {
  const res = await api(server)
    .post('/api/graphql')
    .set(auth(token))
    .send({ query: HOME, variables: { municipality, locale: 'es' } })
  expect(res.status).toBe(200)
  expect(res.body.errors).toBeUndefined()
  return {
    cache: res.headers['x-cache'] as string | undefined,
    titles: (res.body.data.allNews.docs as News[]).map((d) => d.title),
  }
}
const publish = async (title: string, extra: Record<string, unknown> = {}) => {
  const res = await api(server)
    .post('/api/news')
    .set(auth(editor))
    .send({ title, tenant: villa, _status: 'published', publishedAt: new Date().toISOString(), ...extra })
  expect(res.status).toBe(201)
  return res.body.doc as News
}

describe('public-read cache', () => {
  it('answers a repeated anonymous GraphQL query from memory with the same body', async () => {
    const first = await home(villa)
    expect(first.cache).toBe('MISS')
    const second = await home(villa)
    expect(second.cache).toBe('HIT')
    expect(second.titles).toEqual(first.titles)
    expect(first.titles.length).toBeGreaterThan(0)
  })

  it('keeps what the client accepts apart, and never keeps an answer with errors', async () => {
    const ask = (accept?: string) =>
      api(server)
        .post('/api/graphql')
        .set(accept ? { Accept: accept } : {})
        .send({ query: HOME, variables: { municipality: nova, locale: 'pt' } })
    const spec = 'application/graphql-response+json'
    for (const accept of [undefined, spec]) {
      const first = await ask(accept)
      const second = await ask(accept)
      expect(second.headers['x-cache']).toBe('HIT')
      expect(second.headers['content-type']).toBe(first.headers['content-type'])
      expect(second.headers['content-type']).toMatch(
        accept ? /^application\/graphql-response\+json/ : /^application\/json/,
      )
    }
    // An answer with errors (anonymous people may not list accounts) is computed every time.
    const denied = () => api(server).post('/api/graphql').send({ query: '{ Users(limit: 1) { docs { email } } }' })
    const once = await denied()
    expect(once.body.errors?.length).toBeGreaterThan(0)
    const twice = await denied()
    expect(twice.headers['x-cache']).not.toBe('HIT')
  })

  it('shows a publish, an edit and a delete in the very next read', async () => {
    await home(villa)
    const created = await publish('Noticia recién publicada')
    const afterCreate = await home(villa)
    expect(afterCreate.cache).toBe('MISS')
    expect(afterCreate.titles).toContain('Noticia recién publicada')
    expect((await home(villa)).cache).toBe('HIT')

    const edited = await api(server)
      .patch(`/api/news/${created.id}`)
      .set(auth(editor))
      .send({ title: 'Noticia corregida' })
    expect(edited.status).toBe(200)
    const afterEdit = await home(villa)
    expect(afterEdit.titles).toContain('Noticia corregida')
    expect(afterEdit.titles).not.toContain('Noticia recién publicada')

    expect((await api(server).delete(`/api/news/${created.id}`).set(auth(editor))).status).toBe(200)
    expect((await home(villa)).titles).not.toContain('Noticia corregida')
  })

  it("keeps the other municipality's entries when one municipality writes", async () => {
    await home(nova)
    expect((await home(nova)).cache).toBe('HIT')
    await publish('Solo en Villa')
    const other = await home(nova)
    expect(other.cache).toBe('HIT')
    expect(other.titles).not.toContain('Solo en Villa')
  })

  it('sees a change to a populated relationship (the image of a news item)', async () => {
    const created = await publish('Con imagen')
    const read = async () => {
      const res = await api(server)
        .post('/api/graphql')
        .send({ query: HOME, variables: { municipality: villa, locale: 'es' } })
      return (res.body.data.allNews.docs as (News & { image: { url: string } | null })[]).find(
        (d) => d.id === created.id,
      )
    }
    expect((await read())?.image).toBeNull()
    const media = await api(server)
      .post('/api/media')
      .set(auth(editor))
      .field('_payload', JSON.stringify({ alt: 'Plaza', tenant: villa }))
      .attach('file', Buffer.from(await tinyPng()), { filename: 'plaza.png', contentType: 'image/png' })
    expect(media.status).toBe(201)
    expect(
      (await api(server).patch(`/api/news/${created.id}`).set(auth(editor)).send({ image: media.body.doc.id })).status,
    ).toBe(200)
    expect((await read())?.image?.url).toBe(media.body.doc.url)
  })

  it('has 0 stale reads after a publish returns, with reads running all the while', async () => {
    let stop = false
    const stale: string[] = []
    let published = false
    let reads = 0
    const title = 'Publicada bajo carga'
    const reader = async () => {
      while (!stop) {
        const mustSee = published
        const { titles } = await home(villa)
        reads += 1
        if (mustSee && !titles.includes(title)) stale.push(titles.join('|'))
      }
    }
    const readers = Array.from({ length: 8 }, reader)
    await new Promise((r) => setTimeout(r, 300))
    await publish(title)
    published = true
    await new Promise((r) => setTimeout(r, 1500))
    stop = true
    await Promise.all(readers)
    expect(reads).toBeGreaterThan(20)
    expect(stale).toEqual([])
  })

  it('never serves a signed-in read, a draft or a mutation from the cache', async () => {
    // The editor's read (which may see what anonymous people may not) is not cached…
    const mine = await home(villa, editor)
    expect(mine.cache).toBeUndefined()
    // …and a draft saved by the editor does not show to anonymous readers.
    const draft = await api(server)
      .post('/api/news?draft=true')
      .set(auth(editor))
      .send({ title: 'Borrador secreto', tenant: villa, _status: 'draft' })
    expect(draft.status).toBe(201)
    const anonymous = await home(villa)
    expect(anonymous.titles).not.toContain('Borrador secreto')
    const mutation = await api(server).post('/api/graphql').send({ query: 'mutation { logoutUser }' })
    expect(mutation.headers['x-cache']).toBeUndefined()
  })

  it('caches anonymous REST reads and sees REST writes', async () => {
    const path = `/api/news?where[tenant][equals]=${villa}&limit=100&depth=0`
    const titles = async () => {
      const res = await api(server).get(path)
      expect(res.status).toBe(200)
      return { cache: res.headers['x-cache'], titles: (res.body.docs as News[]).map((d) => d.title) }
    }
    await titles()
    expect((await titles()).cache).toBe('HIT')
    await publish('Por REST')
    const after = await titles()
    expect(after.cache).toBe('MISS')
    expect(after.titles).toContain('Por REST')
    // A signed-in REST read bypasses the cache.
    expect((await api(server).get(path).set(auth(editor))).headers['x-cache']).toBeUndefined()
  })

  it('logs a miss at info level and a hit only at debug level (a line per hit cost a tenth of the throughput)', async () => {
    const path = `/api/news?where[tenant][equals]=${villa}&limit=7&depth=0`
    const logged = () =>
      server.logs
        .join('')
        .split('\n')
        .filter((line) => line.includes('"request completed"') && line.includes(`"url":"${path}"`))
    expect((await api(server).get(path)).headers['x-cache']).toBe('MISS')
    expect((await api(server).get(path)).headers['x-cache']).toBe('HIT')
    expect((await api(server).get(path)).headers['x-cache']).toBe('HIT')
    await new Promise((r) => setTimeout(r, 200))
    expect(logged()).toHaveLength(1)
  })

  it('holds the module switch: a module turned off is refused at once, not served from memory', async () => {
    // An installed module's collection that anonymous people read in Villa Esperanza (REST and GraphQL).
    type Candidate = { module: string; slug: string; plural?: string }
    const candidates: Candidate[] = INSTALLED_MODULES.modules.flatMap((m) =>
      (m.collections ?? []).map((c) => ({
        module: m.slug,
        slug: c.slug,
        plural: c.graphQL ? c.graphQL.pluralName : undefined,
      })),
    )
    const rest = (c: Candidate) =>
      api(server)
        .get(`/api/${c.slug}`)
        .query({ where: { tenant: { equals: villa } }, depth: 0 })
    const graph = (c: Candidate) =>
      api(server)
        .post('/api/graphql')
        .send({
          query: `query T($m: JSON!) { ${c.plural}(where: { tenant: { equals: $m } }) { docs { id } } }`,
          variables: { m: villa },
        })
    let target: Candidate | undefined
    for (const c of candidates) {
      const res = await rest(c)
      if (res.status === 200 && res.body.docs.length && c.plural) {
        target = c
        break
      }
    }
    // None only where no module is installed.
    if (!target) return expect(candidates).toEqual([])
    const c = target
    expect((await rest(c)).headers['x-cache']).toBe('HIT')
    expect((await graph(c)).body.data[c.plural!].docs.length).toBeGreaterThan(0)
    expect((await graph(c)).headers['x-cache']).toBe('HIT')
    const municipality = await api(server).get(`/api/municipalities/${villa}`).set(auth(platform))
    const modules = municipality.body.modules as string[]
    const off = await api(server)
      .patch(`/api/municipalities/${villa}`)
      .set(auth(platform))
      .send({ modules: modules.filter((m) => m !== c.module) })
    expect(off.status).toBe(200)
    const restOff = await rest(c)
    expect(restOff.headers['x-cache']).not.toBe('HIT')
    expect(restOff.body.docs ?? []).toEqual([])
    const graphOff = await graph(c)
    expect(graphOff.headers['x-cache']).not.toBe('HIT')
    expect(graphOff.body.data?.[c.plural!]?.docs ?? []).toEqual([])
    expect((await api(server).patch(`/api/municipalities/${villa}`).set(auth(platform)).send({ modules })).status).toBe(
      200,
    )
    expect((await rest(c)).body.docs.length).toBeGreaterThan(0)
    expect((await graph(c)).body.data[c.plural!].docs.length).toBeGreaterThan(0)
  })
})

/** A real 8×8 PNG made by sharp. */
const tinyPng = async () => {
  const { default: sharp } = await import('sharp')
  return sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
}
